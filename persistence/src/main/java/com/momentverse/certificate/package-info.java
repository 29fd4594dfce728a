/**
 * Certificates as stored: their numbers, which people read aloud and type from paper, so they
 * use an alphabet without look-alike characters.
 */
package com.momentverse.certificate;
