package org.convscope.viewmodel.lab;

/**
 * How output values become colours; mirrors io.ValueMapping, whose Javadoc gives the formulas.
 * CLAMP: gray clamp(v, 0, 255); MINMAX: gray over the data's own range; ABS: gray clamp(|v|, 0, 255);
 * DIVERGING: blue - white - red centred on 0 over [-max|v|, max|v|].
 */
public enum LabMapping {
    CLAMP,
    MINMAX,
    ABS,
    DIVERGING
}
