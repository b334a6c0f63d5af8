package com.consentmanager.importing.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A file's header as the import reads it, for the mapping step: each column, what it means without
 * a mapping ("" when nothing matches: ignored unless mapped), every name a column can be mapped to
 * (the column convention's names for the active purposes), and the number of lines after the header.
 */
public record ImportInspection(List<String> headers, List<String> suggested, List<String> names, long rows)
        implements Serializable {
}
