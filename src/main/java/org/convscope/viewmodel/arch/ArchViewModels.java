package org.convscope.viewmodel.arch;

/**
 * The architectures view's view-models, one of each, made once so that the view's panes and the guided lesson
 * share them: what the lesson sets up is what the pane shows.
 */
public record ArchViewModels(ArchitecturesViewModel topics, OneByOneViewModel oneByOne,
                             FullyConnectedViewModel fullyConnected, AlexNetViewModel alexNet, ReluViewModel relu,
                             InceptionViewModel inception, ResNetViewModel resNet, DenseNetViewModel denseNet,
                             NetworkTableViewModel tables) {

    /** Every view-model on its opening state. */
    public static ArchViewModels create() {
        return new ArchViewModels(new ArchitecturesViewModel(), new OneByOneViewModel(), new FullyConnectedViewModel(),
                new AlexNetViewModel(), new ReluViewModel(), new InceptionViewModel(), new ResNetViewModel(),
                new DenseNetViewModel(), new NetworkTableViewModel());
    }
}
