package org.convscope.view.control;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The listeners a view puts on its view-model, held by a node of the view. The view-models outlive the views (the
 * window builds every view again when the language changes), so a listener added straight to a view-model would keep
 * the old view alive and busy. Here the view-model gets a weak listener only, the node holds the real one (it lives
 * as long as the node), and {@link #release(Node)} removes them all at once when the view is replaced, so the old view
 * stops reacting before it is collected.
 */
public final class ViewListeners {

    /** Where a node keeps its listeners, in {@link Node#getProperties()}. */
    private static final Object KEY = ViewListeners.class;

    /** The listeners themselves: the view-model only reaches them through weak wrappers. */
    private final List<Object> held = new ArrayList<>();
    /** One removal of a weak wrapper from its view-model property per listener. */
    private final List<Runnable> removals = new ArrayList<>();

    private ViewListeners() {
    }

    private static ViewListeners of(Node owner) {
        return (ViewListeners) owner.getProperties().computeIfAbsent(KEY, k -> new ViewListeners());
    }

    /** Calls {@code listener} on every change of {@code value}, while {@code owner} lives and is not released. */
    public static <T> void onChange(Node owner, ObservableValue<T> value, ChangeListener<T> listener) {
        WeakChangeListener<T> weak = new WeakChangeListener<>(listener);
        value.addListener(weak);
        of(owner).hold(listener, () -> value.removeListener(weak));
    }

    /** Calls {@code listener} each time {@code value} becomes invalid, while {@code owner} lives, unreleased. */
    public static void onInvalidated(Node owner, Observable value, InvalidationListener listener) {
        WeakInvalidationListener weak = new WeakInvalidationListener(listener);
        value.addListener(weak);
        of(owner).hold(listener, () -> value.removeListener(weak));
    }

    /** Calls {@code listener} on every change of {@code list}, while {@code owner} lives and is not released. */
    public static <E> void onListChange(Node owner, ObservableList<E> list, ListChangeListener<E> listener) {
        WeakListChangeListener<E> weak = new WeakListChangeListener<>(listener);
        list.addListener(weak);
        of(owner).hold(listener, () -> list.removeListener(weak));
    }

    /**
     * Removes every listener held by {@code root} and the nodes below it (the hidden tabs too, which stay children of
     * their tab pane): for a view that has been replaced.
     */
    public static void release(Node root) {
        Object own = root.getProperties().remove(KEY);
        if (own instanceof ViewListeners listeners) {
            listeners.removals.forEach(Runnable::run);
            listeners.removals.clear();
            listeners.held.clear();
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                release(child);
            }
        }
    }

    private void hold(Object listener, Runnable removal) {
        held.add(listener);
        removals.add(removal);
    }
}
