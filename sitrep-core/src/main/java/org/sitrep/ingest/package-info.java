/**
 * ingest: bytes → {@link org.sitrep.model.Article}. Reads plain-text, HTML and JSON Lines files
 * (directories recursively), removes site boilerplate, gives each article a stable id, and reports
 * every file it cannot read as an {@link org.sitrep.model.Issue} naming the file, never as an
 * exception.
 */
package org.sitrep.ingest;
