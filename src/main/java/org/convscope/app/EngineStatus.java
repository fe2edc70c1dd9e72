package org.convscope.app;

/**
 * Says which compute engine runs the convolutions and why (for example whether native BLAS loaded), in one
 * line for the status bar. Asked once at start-up, off the JavaFX thread.
 */
@FunctionalInterface
public interface EngineStatus {

    String describe();
}
