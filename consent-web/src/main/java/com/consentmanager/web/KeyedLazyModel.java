package com.consentmanager.web;

import org.primefaces.model.LazyDataModel;

/**
 * A lazy table model whose rows are found again by a key the row carries (an id), among the rows
 * of the page loaded last: what a row action needs, without a query per row.
 */
public abstract class KeyedLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The row's key, unique among the table's rows. */
    protected abstract Object key(T row);

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
