/** Result export: transcripts as text and JSON, written atomically. */
package org.plenary.io.export;
