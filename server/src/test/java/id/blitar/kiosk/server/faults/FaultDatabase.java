package id.blitar.kiosk.server.faults;

import id.blitar.kiosk.base.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** A fresh database for one crash run, with how the application reaches it and how the harness reads it. */
interface FaultDatabase {

    /** "h2", "h2-write-delay" or "mariadb", for the figures. */
    String name();

    /** Command-line settings of the application for this database. */
    List<String> appArguments();

    /**
     * What survived a kill, read before the application starts again. The H2 file is locked by a running
     * application, so this reads a copy of the killed process's file; MySQL is read directly.
     */
    Connection afterKill() throws IOException, SQLException;

    /** The database with the application stopped (H2) or running (MySQL). */
    Connection connect() throws SQLException;

    /**
     * The embedded default as shipped ({@code application.yml}'s H2 URL) in a folder of its own; with
     * {@code h2WriteDelayDefault}, the URL as it was before issue 14 (H2's 500 ms write delay), to show that
     * the harness sees losses where there are some.
     */
    static FaultDatabase h2(Path folder, boolean h2WriteDelayDefault) throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        return new FaultDatabase() {
            private int copies;

            @Override
            public String name() {
                return h2WriteDelayDefault ? "h2-write-delay" : "h2";
            }

            @Override
            public List<String> appArguments() {
                if (h2WriteDelayDefault) {
                    return List.of(
                            "--KIOSK_DATA_DIR=" + data.toAbsolutePath(),
                            "--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath()
                                    + "/kiosk-pustaka;DB_CLOSE_ON_EXIT=FALSE");
                }
                return List.of("--KIOSK_DATA_DIR=" + data.toAbsolutePath());
            }

            @Override
            public Connection afterKill() throws IOException, SQLException {
                Path copy = Files.createDirectories(folder.resolve("after-kill-" + (++copies)));
                Files.copy(
                        data.resolve("kiosk-pustaka.mv.db"),
                        copy.resolve("kiosk-pustaka.mv.db"),
                        StandardCopyOption.REPLACE_EXISTING);
                return DriverManager.getConnection(
                        "jdbc:h2:file:" + copy.toAbsolutePath() + "/kiosk-pustaka", "sa", "");
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(
                        "jdbc:h2:file:" + data.toAbsolutePath() + "/kiosk-pustaka", "sa", "");
            }
        };
    }

    /**
     * The tests' MySQL-protocol database ({@link TestDatabase}: the local MariaDB here and in CI), a schema
     * dropped and created afresh; the application runs its {@code mysql} profile, and takes scans from the
     * local machine like the embedded default (the harness is a kiosk on the server machine).
     */
    static FaultDatabase mysql(Path folder, String schema) {
        String url = TestDatabase.url(schema);
        TestDatabase.Server server = TestDatabase.server();
        return new FaultDatabase() {
            @Override
            public String name() {
                return "mariadb";
            }

            @Override
            public List<String> appArguments() {
                return List.of(
                        "--spring.profiles.active=mysql",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + server.user(),
                        "--spring.datasource.password=" + server.password(),
                        "--kiosk.devices.allow-localhost=true",
                        "--KIOSK_DATA_DIR=" + folder.toAbsolutePath());
            }

            @Override
            public Connection afterKill() throws SQLException {
                return connect();
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, server.user(), server.password());
            }
        };
    }
}
