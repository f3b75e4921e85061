/**
 * resources: reading sitrep's knowledge files — the tab-separated dictionaries and lexicons that
 * ship as resources and that users can read, extend and override.
 */
package org.sitrep.resources;
