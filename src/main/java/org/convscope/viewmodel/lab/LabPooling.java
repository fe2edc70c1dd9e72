package org.convscope.viewmodel.lab;

/** Pooling after the convolution (and ReLU): none, max or average over square windows. */
public enum LabPooling {
    NONE,
    MAX,
    AVERAGE
}
