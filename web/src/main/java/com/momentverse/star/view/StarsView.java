package com.momentverse.star.view;

import com.momentverse.star.StarQuery;
import com.momentverse.star.StarService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The stars page: a search box over a lazily paged table, brightest first. The search text
 * also arrives as {@code ?q=} from the home page's search form.
 */
@Named
@ViewScoped
public class StarsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StarService stars;

    private String q;
    private LazyDataModel<StarRow> table;

    @PostConstruct
    void init() {
        table = new StarTable();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip();
    }

    public LazyDataModel<StarRow> getTable() {
        return table;
    }

    private StarQuery query() {
        return new StarQuery(q, null, null, false);
    }

    /** Reads pages through the star service as PrimeFaces asks for them. */
    private final class StarTable extends LazyDataModel<StarRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) stars.count(query());
        }

        @Override
        public List<StarRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return stars.page(query(), first, pageSize).stream().map(StarRow::of).toList();
        }

        @Override
        public String getRowKey(StarRow row) {
            return Integer.toString(row.getHip());
        }

        @Override
        public StarRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(row -> Integer.toString(row.getHip()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
