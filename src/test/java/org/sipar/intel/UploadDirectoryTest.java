package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipar.platform.web.UploadDirectory;

/** An upload a crash left behind (possibly TLP:RED) does not outlive the next start, and no one else can read one. */
class UploadDirectoryTest {

    @TempDir
    Path data;

    @Test
    void leftoversOfACrashedRunAreDeletedAtStart() throws IOException {
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        Files.writeString(uploads.resolve("upload_0a1b_00000001.tmp"), "{\"type\":\"bundle\"}");
        Files.writeString(uploads.resolve("import-123.json"), "RED material");
        Files.writeString(Files.createDirectories(uploads.resolve("nested")).resolve("part"), "x");
        assertThat(UploadDirectory.prepare(uploads)).isEqualTo(4);
        assertThat(uploads).isEmptyDirectory();
    }

    @Test
    void theDirectoryIsCreatedForItsOwnerAlone() throws IOException {
        Path uploads = data.resolve("fresh").resolve("uploads");
        assertThat(UploadDirectory.prepare(uploads)).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads))).isEqualTo("rwx------");
    }

    @Test
    void anExistingDirectoryOpenToOthersIsClosedToThem() throws IOException {
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        Files.setPosixFilePermissions(uploads, PosixFilePermissions.fromString("rwxrwxrwx"));
        UploadDirectory.prepare(uploads);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads))).isEqualTo("rwx------");
    }

    @Test
    void aLinkToElsewhereIsRemovedWithoutTouchingWhatItPointsTo() throws IOException {
        Path outside = Files.writeString(data.resolve("outside.txt"), "keep me");
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        Files.createSymbolicLink(uploads.resolve("link"), outside);
        assertThat(UploadDirectory.prepare(uploads)).isEqualTo(1);
        assertThat(outside).hasContent("keep me");
        assertThat(uploads).isEmptyDirectory();
    }
}
