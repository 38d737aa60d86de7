package id.blitar.kiosk.server.bench;

import id.blitar.kiosk.KioskApplication;
import id.blitar.kiosk.base.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application as the benchmarks run it: no demo data, quiet, on H2 or the test MariaDB. */
final class BenchmarkApp {

    private BenchmarkApp() {}

    /** {@code database} is "mysql" (a fresh schema of that name) or anything else for H2 in a temp folder. */
    static ConfigurableApplicationContext start(String database, String schema) throws IOException {
        List<String> options = new ArrayList<>(List.of(
                "--server.port=0",
                "--kiosk.demo-data.enabled=false",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        if (database.equals("mysql")) {
            options.add("--spring.datasource.url=" + TestDatabase.url(schema));
            options.add("--spring.datasource.username=" + TestDatabase.server().user());
            options.add("--spring.datasource.password=" + TestDatabase.server().password());
            options.add("--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver");
        } else {
            options.add("--KIOSK_DATA_DIR=" + Files.createTempDirectory(schema));
        }
        // -Dbench.options="--a=b --c=d": more application arguments, to compare configurations in one run each.
        String more = System.getProperty("bench.options", "").strip();
        if (!more.isEmpty()) {
            options.addAll(List.of(more.split("\\s+")));
        }
        return new SpringApplicationBuilder(KioskApplication.class).run(options.toArray(String[]::new));
    }
}
