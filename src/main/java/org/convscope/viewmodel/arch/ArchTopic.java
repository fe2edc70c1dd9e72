package org.convscope.viewmodel.arch;

/** The topics of the architectures view, in the order of the lecture note and of the topic bar. */
public enum ArchTopic {
    /** 1x1 convolutions: a dot product along channels, and the bottleneck they make possible. */
    ONE_BY_ONE("onebyone"),
    /** Why fully connected layers fade: a dense head against a convolutional head or global average pooling. */
    FULLY_CONNECTED("fc"),
    /** AlexNet: its layer table, the two GPU streams, the 11x11 stride-4 first layer. */
    ALEXNET("alexnet"),
    /** ReLU against sigmoid and tanh: the gradient that survives through depth. */
    RELU("relu"),
    /** GoogLeNet's inception block. */
    INCEPTION("inception"),
    /** ResNet's residual blocks. */
    RESNET("resnet"),
    /** DenseNet's dense blocks. */
    DENSENET("densenet"),
    /** The layer table of every catalogued network. */
    TABLES("tables");

    private final String key;

    ArchTopic(String key) {
        this.key = key;
    }

    /** The stable short name used in message keys ({@code arch.onebyone.*}) and node ids. */
    public String key() {
        return key;
    }
}
