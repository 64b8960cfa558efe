package org.balancingact.shell;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.balancingact.data.AtomicWrite;

/**
 * Writes handout pages to a PDF, each page as a picture at twice its size (sharp when printed, and
 * every script the app shows prints the same). OpenPDF does the PDF; JavaFX draws the pages.
 */
public final class HandoutPdf {
    static final double RESOLUTION = 2.0;

    private HandoutPdf() {
    }

    /** Must be called on the FX thread (pages are snapshotted). */
    public static void write(List<Region> pages, HandoutPages.Paper paper, Path file) throws IOException {
        Rectangle size = new Rectangle((float) paper.width(), (float) paper.height());
        AtomicWrite.write(file, out -> {
            Document document = new Document(size, 0, 0, 0, 0);
            try {
                PdfWriter.getInstance(document, out);
                document.addTitle("Balancing Act handout");
                document.addCreator("Balancing Act");
                document.open();
                for (Region page : pages) {
                    Image picture = Image.getInstance(png(page));
                    picture.scaleAbsolute(size.getWidth(), size.getHeight());
                    picture.setAbsolutePosition(0, 0);
                    document.newPage();
                    document.add(picture);
                }
                document.close();
            } catch (DocumentException e) {
                throw new IOException("the PDF could not be written: " + e.getMessage(), e);
            }
        }, List.of());
    }

    private static byte[] png(Region page) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(RESOLUTION, RESOLUTION));
        WritableImage image = page.snapshot(parameters, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", bytes);
        return bytes.toByteArray();
    }
}
