package org.tidings.media;

import org.tidings.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A PDF saved again without what identifies its author or machine: the document info (author,
 * creator tool, dates), the XMP metadata of the document and its pages, page thumbnails, and
 * scripts and actions that run on opening. A full save writes only the objects still in use, so
 * the earlier revisions of an incrementally saved file go too. Encrypted PDFs are refused.
 * Images inside the PDF are kept as they are, with whatever metadata they carry.
 */
final class PdfCleaner {
    private PdfCleaner() {
    }

    static byte[] clean(byte[] upload) {
        try (PDDocument document = Loader.loadPDF(upload)) {
            if (document.isEncrypted()) {
                throw new MediaRefused(Messages.t("words.media.pdfEncrypted"));
            }
            document.setDocumentInformation(new PDDocumentInformation());
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setMetadata(null);
            catalog.getCOSObject().removeItem(COSName.OPEN_ACTION);
            catalog.getCOSObject().removeItem(COSName.AA);
            catalog.getCOSObject().removeItem(COSName.PIECE_INFO);
            if (catalog.getNames() != null) {
                catalog.getNames().getCOSObject().removeItem(COSName.JAVA_SCRIPT);
                catalog.getNames().getCOSObject().removeItem(COSName.EMBEDDED_FILES);
            }
            for (PDPage page : document.getPages()) {
                page.setMetadata(null);
                page.getCOSObject().removeItem(COSName.THUMB);
                page.getCOSObject().removeItem(COSName.AA);
                page.getCOSObject().removeItem(COSName.PIECE_INFO);
            }
            document.getDocument().getTrailer().removeItem(COSName.ID);
            ByteArrayOutputStream out = new ByteArrayOutputStream(upload.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new MediaRefused(Messages.t("words.media.pdfUnreadable", e.getMessage()), e);
        }
    }
}
