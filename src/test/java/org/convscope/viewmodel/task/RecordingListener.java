package org.convscope.viewmodel.task;

import java.util.ArrayList;
import java.util.List;

/** Writes down what a task's listener heard, in order: "progress 3/10", "success v", "failure msg", "cancelled". */
final class RecordingListener<V> implements TaskListener<V> {

    final List<String> heard = new ArrayList<>();

    @Override
    public void onSuccess(V value) {
        heard.add("success " + value);
    }

    @Override
    public void onFailure(Throwable error) {
        heard.add("failure " + error.getMessage());
    }

    @Override
    public void onCancelled() {
        heard.add("cancelled");
    }

    @Override
    public void onProgress(long done, long total) {
        heard.add("progress " + done + "/" + total);
    }
}
