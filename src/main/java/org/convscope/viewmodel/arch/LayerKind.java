package org.convscope.viewmodel.arch;

import org.convscope.core.count.Layer;

/** What kind of layer a table row is, for its colour and for counting the dense layers' share. */
public enum LayerKind {
    CONV, FULLY_CONNECTED, POOL, GLOBAL_POOL, BATCH_NORM, CONCAT, ADD;

    static LayerKind of(Layer layer) {
        if (layer instanceof Layer.Conv) {
            return CONV;
        }
        if (layer instanceof Layer.FullyConnected) {
            return FULLY_CONNECTED;
        }
        if (layer instanceof Layer.Pool) {
            return POOL;
        }
        if (layer instanceof Layer.GlobalAveragePool) {
            return GLOBAL_POOL;
        }
        if (layer instanceof Layer.BatchNorm) {
            return BATCH_NORM;
        }
        if (layer instanceof Layer.Concat) {
            return CONCAT;
        }
        return ADD;
    }

    /** The lower-case name for style classes and message keys: "conv", "fully-connected", "batch-norm". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
