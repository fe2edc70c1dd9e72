package org.convscope.viewmodel.lab;

/** How the lab's filter bank treats the colour channels; mirrors the core's channel modes. */
public enum LabChannels {
    /** The image is made gray first; each kernel gives one feature map. */
    GRAY,
    /** Each kernel runs on each colour channel separately (RGB stays RGB): kernels x channels maps. */
    EACH,
    /** Each kernel becomes a k x k x C filter summing over the channels, as a CNN layer does: one map each. */
    SUM
}
