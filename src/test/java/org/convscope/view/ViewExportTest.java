package org.convscope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Snapshots of a node placed away from its parent's origin, at 1x and 2x. */
@ExtendWith(ApplicationExtension.class)
class ViewExportTest {

    private static final int RED = 0xFFCC0000;
    private static final int BLUE = 0xFF0000CC;
    private Region picture;

    /** A 120x80 red rectangle with a 10px blue band at its left, 37px in from the parent's corner. */
    @Start
    void start(Stage stage) {
        Region band = new Region();
        band.setBackground(new Background(new BackgroundFill(Color.web("#0000cc"), null, null)));
        band.setPrefSize(10, 80);
        band.setMaxSize(10, 80);
        picture = new VBox(band);
        picture.setBackground(new Background(new BackgroundFill(Color.web("#cc0000"), null, null)));
        picture.setMinSize(120, 80);
        picture.setPrefSize(120, 80);
        picture.setMaxSize(120, 80);
        VBox parent = new VBox(picture);
        parent.setPadding(new Insets(37));
        stage.setScene(new Scene(parent, 400, 300));
        stage.show();
    }

    @Test
    void twoTimesIsTwiceTheSizeAndShowsTheSamePictureWithoutAnOffset(FxRobot robot) {
        WritableImage[] images = new WritableImage[2];
        robot.interact(() -> {
            images[0] = ViewExport.snapshot(picture, 1);
            images[1] = ViewExport.snapshot(picture, 2);
        });
        assertEquals(120, images[0].getWidth());
        assertEquals(80, images[0].getHeight());
        assertEquals(240, images[1].getWidth());
        assertEquals(160, images[1].getHeight());
        for (int scale = 1; scale <= 2; scale++) {
            PixelReader pixels = images[scale - 1].getPixelReader();
            // The band's inside, the red just past it and the far corner: the node's own pixels, not its parent's.
            assertEquals(BLUE, pixels.getArgb(0, 0), scale + "x top left");
            assertEquals(BLUE, pixels.getArgb(9 * scale, 79 * scale), scale + "x band");
            assertEquals(RED, pixels.getArgb(11 * scale, 0), scale + "x past the band");
            assertEquals(RED, pixels.getArgb(120 * scale - 1, 80 * scale - 1), scale + "x bottom right");
        }
        int[] argb = ViewExport.argb(images[0]);
        assertEquals(120 * 80, argb.length);
        assertEquals(RED, argb[79 * 120 + 119]);
    }
}
