package org.convscope.viewmodel;

import java.util.List;

/**
 * The sum that gives one output value, written out with its real numbers: per input channel the products
 * weight·input in kernel order and their partial sum, then the total over channels.
 *
 * @param outputRow    output row of the cell
 * @param outputColumn output column of the cell
 * @param filter       which filter (output channel) it belongs to, from 0
 * @param channels     one partial sum per input channel
 * @param totalText    the partial sums added up, e.g. {@code 5 + 2 + (-1) = 6}; just the value for one channel
 */
public record Equation(int outputRow, int outputColumn, int filter, List<ChannelSum> channels, String totalText) {

    public Equation {
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("an equation needs the products of at least one channel");
        }
        channels = List.copyOf(channels);
    }

    /**
     * One channel's products and their sum.
     *
     * @param terms   the products in kernel order, e.g. {@code 1·3}, {@code (-1)·0}
     * @param sumText the partial sum, e.g. {@code -2}
     */
    public record ChannelSum(List<Term> terms, String sumText) {
        public ChannelSum {
            terms = List.copyOf(terms);
        }
    }

    /**
     * One product weight·input.
     *
     * @param text    as the student reads it, {@code (-1)·5}
     * @param padding true when the input is a padding cell, so the product is 0
     */
    public record Term(String text, boolean padding) {
    }
}
