package org.convscope.viewmodel.arch;

import java.util.List;

import org.convscope.core.count.Network;

/**
 * The parameters of each layer of a catalogued network that has any, and the dense layers' share of them.
 *
 * @param network    the catalogue name
 * @param bars       the layers with parameters, in order
 * @param parameters the network's parameters
 * @param denseShare the dense layers' parameters as a percentage of all parameters
 */
public record NetworkBars(String network, List<LayerBar> bars, long parameters, double denseShare) {

    public NetworkBars {
        bars = List.copyOf(bars);
    }

    /** The bars of a network walked by the core: {@code denseShare = 100 sum(dense parameters) / parameters}. */
    static NetworkBars of(Network network) {
        List<LayerBar> bars = network.rows().stream().filter(r -> r.count().parameters() > 0)
                .map(r -> new LayerBar(r.name(), LayerKind.of(r.count().layer()) == LayerKind.FULLY_CONNECTED,
                        r.count().parameters()))
                .toList();
        return new NetworkBars(network.name(), bars, network.parameters(),
                100.0 * denseSum(bars) / network.parameters());
    }

    /** The parameters of the dense layers. */
    public long denseParameters() {
        return denseSum(bars);
    }

    private static long denseSum(List<LayerBar> bars) {
        return bars.stream().filter(LayerBar::dense).mapToLong(LayerBar::parameters).sum();
    }
}
