/*
 * The moment page (/m/{id}): the like button (PUT or DELETE /api/v1/moments/{id}/like, for
 * signed-in people) and the share buttons, each counted with POST /api/v1/moments/{id}/shares
 * {channel}. The share links themselves are plain links made by the server, so they work
 * without this script; "Copy link" needs it.
 */
document.addEventListener('DOMContentLoaded', function () {
    'use strict';
    var article = document.getElementById('moment');
    if (!article || !window.MvApi) {
        return;
    }
    var base = article.getAttribute('data-api') + '/moments/' + encodeURIComponent(article.getAttribute('data-moment'));

    function setCount(id, wordId, count, one, many) {
        var number = document.getElementById(id);
        var word = document.getElementById(wordId);
        if (number) {
            number.textContent = String(count);
        }
        if (word) {
            word.textContent = count === 1 ? one : many;
        }
    }

    // --- likes ---------------------------------------------------------------------------
    var like = document.getElementById('like');
    var problem = document.getElementById('like-problem');

    function say(text) {
        if (problem) {
            problem.textContent = text;
            problem.hidden = !text;
        }
    }

    if (like) {
        like.addEventListener('click', function () {
            var liked = like.getAttribute('aria-pressed') === 'true';
            like.disabled = true;
            say('');
            MvApi.send(liked ? 'DELETE' : 'PUT', base + '/like').then(function (answer) {
                if (answer.ok && answer.data) {
                    like.setAttribute('aria-pressed', answer.data.likedByMe ? 'true' : 'false');
                    document.getElementById('like-label').textContent = answer.data.likedByMe ? 'Liked' : 'Like';
                    setCount('likes-count', 'likes-word', answer.data.likes, 'like', 'likes');
                } else if (answer.status === 401) {
                    window.location.href = article.getAttribute('data-sign-in');
                } else if (answer.status === 429) {
                    say('That was a lot of likes at once: please wait a minute and try again.');
                } else {
                    say('Your like could not be saved. Please try again.');
                }
            }).catch(function () {
                say('Your like could not be saved: the site could not be reached.');
            }).then(function () {
                like.disabled = false;
            });
        });
    }

    // --- shares --------------------------------------------------------------------------
    var status = document.getElementById('share-status');
    var shares = document.getElementById('shares-count');

    function counted(channel) {
        MvApi.record(base + '/shares', {channel: channel});
        if (shares) {
            var count = (parseInt(shares.textContent, 10) || 0) + 1;
            setCount('shares-count', 'shares-word', count, 'share', 'shares');
        }
    }

    function copied(text) {
        if (status) {
            status.textContent = text;
        }
    }

    Array.prototype.forEach.call(document.querySelectorAll('.share-button[data-channel]'), function (button) {
        button.addEventListener('click', function () {
            var channel = button.getAttribute('data-channel');
            if (channel !== 'link') {
                counted(channel); // the link itself opens the network's page (or the mail program)
                return;
            }
            var url = button.getAttribute('data-url');
            var field = document.getElementById('share-url');
            var copy = navigator.clipboard && window.isSecureContext
                ? navigator.clipboard.writeText(url) : Promise.reject(new Error('no clipboard'));
            copy.then(function () {
                copied('Link copied: paste it wherever you like.');
            }).catch(function () {
                if (field) {
                    field.focus();
                    field.select();
                }
                copied('The address is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
            });
            counted('link');
        });
    });

    var field = document.getElementById('share-url');
    if (field) {
        field.addEventListener('focus', function () {
            field.select();
        });
    }
});
