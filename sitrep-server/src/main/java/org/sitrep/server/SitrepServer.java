package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import org.sitrep.export.EventExporter;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.GdeltExporter;
import org.sitrep.export.ParquetExporter;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.store.AggregateBy;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.SaveOutcome;
import org.sitrep.store.StoredEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The REST API over one {@link EventStore}: a Javalin server bound to {@link ServerConfig#host()}.
 * Every route is in {@link #routes()}, the one list the server registers and
 * {@code /openapi.json} documents. Client errors are answered with 400 and
 * {@code {"error", "parameter"}}, unknown ids and routes with 404 and {@code {"error"}}; a 500 means
 * a fault of the server, never of the request. Every other path is the web UI: static files from
 * the classpath folder {@code public} ({@code /} is {@code index.html}) and the WebJars under
 * {@code /webjars}; they need no token even when reads are private (the UI asks for it).
 *
 * <p>Queries (events, one event, aggregates, actors) are admitted {@link ServerConfig#queryConcurrency()}
 * at a time, the rest in arrival order (a fair semaphore): each is a few milliseconds of CPU, and
 * dozens of them sharing two cores would all finish late, where in turn most finish early and the
 * slowest no later. Exports, posts and static files are not limited.
 *
 * <p>Thread-safe: requests run on Jetty's threads, concurrently; the store runs reads on a few
 * read connections at once and writes one at a time (see {@link EventStore}), and the
 * {@link ArticleCoder} must be thread-safe. The caller owns the store and closes it after
 * {@link #close()}.
 */
public final class SitrepServer implements AutoCloseable {
    /** Who may call a route. */
    public enum Access {
        /** Anyone, unless the server is private; then the token is needed. */
        READ,
        /** Only clients sending the token. */
        WRITE
    }

    /**
     * One registered route.
     *
     * @param method the HTTP method
     * @param path the path, with Javalin/OpenAPI parameters such as {@code {id}}
     * @param access who may call it
     */
    public record Route(HandlerType method, String path, Access access) {}

    /** The JSON content type of every API answer but exports. */
    static final String JSON = "application/json; charset=utf-8";
    private static final String OPENAPI_RESOURCE = "openapi.json";
    private static final String JSON_RESPONSE = "sitrep.jsonResponse";
    /** The classpath folder of the web UI, served at {@code /}. */
    private static final String WEB_UI = "/public";

    private final Javalin app;
    private final List<Route> routes;

    private SitrepServer(Javalin app, List<Route> routes) {
        this.app = app;
        this.routes = routes;
    }

    /** A random API token: 32 hexadecimal characters (128 bits) from {@link SecureRandom}. */
    public static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Starts serving {@code store}; returns once the port is bound. Enables the store's query index
     * first ({@link EventStore#enableQueryIndex}: seconds and about 200 bytes of heap per event).
     *
     * @param coder codes the articles of {@code POST /api/articles}, called only for those requests
     * @throws IllegalStateException (from Javalin) if the port cannot be bound
     */
    public static SitrepServer start(ServerConfig config, EventStore store, ArticleCoder coder) {
        if (config == null || store == null || coder == null) {
            throw new IllegalArgumentException("config, store and coder must not be null");
        }
        // Pages and aggregates from the in-memory query index (EventStore#enableQueryIndex): the
        // filtered reads a UI sends cost milliseconds of CPU instead of a DuckDB scan each.
        store.enableQueryIndex();
        ObjectMapper mapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        Api api = new Api(store, coder, mapper, openApiDocument());
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = 5_000_000L;
            // The web UI: index.html, its CSS and modules, the world-atlas base map, and the WebJars.
            c.staticFiles.add(staticFiles -> {
                staticFiles.hostedPath = "/";
                staticFiles.directory = WEB_UI;
                staticFiles.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
        });
        List<Route> routes = new ArrayList<>();
        Semaphore queries = new Semaphore(config.queryConcurrency(), true);
        register(app, routes, config, api, HandlerType.GET, "/openapi.json", Access.READ, api::openApi);
        register(app, routes, config, api, HandlerType.GET, "/api/events", Access.READ, admitted(queries, api::events));
        register(app, routes, config, api, HandlerType.GET, "/api/events/{id}", Access.READ, admitted(queries, api::event));
        register(app, routes, config, api, HandlerType.GET, "/api/aggregates/{by}", Access.READ,
                admitted(queries, api::aggregates));
        register(app, routes, config, api, HandlerType.GET, "/api/actors", Access.READ, admitted(queries, api::actors));
        register(app, routes, config, api, HandlerType.GET, "/api/export", Access.READ, api::export);
        register(app, routes, config, api, HandlerType.POST, "/api/articles", Access.WRITE, api::postArticles);

        app.exception(BadParameterException.class, (e, ctx) -> api.fail(ctx, 400, e.getMessage(), e.parameter()));
        app.exception(Unauthorized.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer");
            api.fail(ctx, 401, "this request needs the header Authorization: Bearer <token>", null);
        });
        app.exception(NotFound.class, (e, ctx) -> api.fail(ctx, 404, e.getMessage(), null));
        app.exception(IllegalArgumentException.class, (e, ctx) -> api.fail(ctx, 400, e.getMessage(), "query"));
        app.exception(Exception.class, (e, ctx) -> api.fail(ctx, 500, "internal error", null));
        // Javalin's own answers (no such route, method not allowed, body too large) get the JSON error shape too.
        for (int status : new int[] {400, 404, 405, 413, 500}) {
            app.error(status, ctx -> {
                if (ctx.attribute(JSON_RESPONSE) == null) {
                    api.fail(ctx, status, status == 404 ? "no such route: " + ctx.method() + " " + ctx.path()
                            : "request refused (HTTP " + status + ")", null);
                }
            });
        }
        app.start(config.host(), config.port());
        return new SitrepServer(app, List.copyOf(routes));
    }

    private static void register(Javalin app, List<Route> routes, ServerConfig config, Api api, HandlerType method,
                                 String path, Access access, Endpoint endpoint) {
        routes.add(new Route(method, path, access));
        boolean needsToken = access == Access.WRITE || config.privateReads();
        byte[] expected = ("Bearer " + config.token()).getBytes(StandardCharsets.UTF_8);
        app.addHttpHandler(method, path, ctx -> {
            if (needsToken) {
                String header = ctx.header("Authorization");
                if (header == null || !MessageDigest.isEqual(header.strip().getBytes(StandardCharsets.UTF_8), expected)) {
                    throw new Unauthorized();
                }
            }
            endpoint.handle(ctx);
        });
    }

    /** {@code endpoint} run only while holding one of {@code permits}, waited for without a timeout. */
    private static Endpoint admitted(Semaphore permits, Endpoint endpoint) {
        return ctx -> {
            permits.acquireUninterruptibly();
            try {
                endpoint.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }

    /** The routes this server registered, in registration order. */
    public List<Route> routes() {
        return routes;
    }

    /** The port the server listens on (the chosen one when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** Stops listening and finishes the requests in flight. Idempotent. */
    @Override
    public void close() {
        app.stop();
    }

    /** The OpenAPI document, as shipped in this module's resources. */
    public static String openApiDocument() {
        try (InputStream in = SitrepServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + OPENAPI_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENAPI_RESOURCE, e);
        }
    }

    /** One endpoint's work; validation failures are thrown as {@link BadParameterException}. */
    @FunctionalInterface
    private interface Endpoint {
        void handle(Context ctx) throws IOException;
    }

    /** No or a wrong token. */
    private static final class Unauthorized extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unauthorized() {
            super("unauthorized", null, false, false);
        }
    }

    /** An unknown id. */
    private static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message, null, false, false);
        }
    }

    /** The endpoints. */
    private static final class Api {
        private final EventStore store;
        private final ArticleCoder coder;
        private final ObjectMapper mapper;
        private final EventJson json;
        private final ArticleSubmissions submissions;
        private final String openApi;

        Api(EventStore store, ArticleCoder coder, ObjectMapper mapper, String openApi) {
            this.store = store;
            this.coder = coder;
            this.mapper = mapper;
            this.json = new EventJson(mapper);
            this.submissions = new ArticleSubmissions(mapper);
            this.openApi = openApi;
        }

        void openApi(Context ctx) {
            ctx.attribute(JSON_RESPONSE, true);
            ctx.contentType(JSON).result(openApi);
        }

        void events(Context ctx) {
            EventQuery query = QueryParameters.parse(ctx.queryParamMap());
            send(ctx, 200, json.page(query.limit(), query.offset(), store.page(query)));
        }

        void event(Context ctx) {
            String id = ctx.pathParam("id");
            Optional<StoredEvent> event = store.event(id);
            StoredEvent found = event.orElseThrow(() -> new NotFound("no event with this id"));
            Map<String, Optional<String>> texts = new HashMap<>();
            send(ctx, 200, json.event(found, articleId -> texts.computeIfAbsent(articleId, store::articleText)));
        }

        void aggregates(Context ctx) {
            AggregateBy by;
            try {
                by = AggregateBy.parse(ctx.pathParam("by"));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("by", e.getMessage());
            }
            EventQuery query = QueryParameters.parse(ctx.queryParamMap());
            send(ctx, 200, json.aggregates(by.label(), store.aggregate(query, by)));
        }

        void actors(Context ctx) {
            EventQuery query = QueryParameters.parse(ctx.queryParamMap());
            send(ctx, 200, json.network(store.aggregate(query, AggregateBy.ACTOR), store.interactions(query)));
        }

        void export(Context ctx) throws IOException {
            String format = QueryParameters.single(ctx.queryParamMap(), "format");
            EventQuery query = QueryParameters.parse(ctx.queryParamMap()).unpaged();
            ExportFormat chosen = ExportFormat.parse(format).orElseThrow(() ->
                    new BadParameterException("format", "format must be one of acled, plover, geojson, parquet, gdelt"));
            List<StoredEvent> events = store.events(query);
            byte[] body = switch (chosen) {
                case PARQUET -> parquet(events);
                case GDELT -> gdeltZip(events);
                default -> text(chosen.textExporter().orElseThrow(), events);
            };
            String type = chosen.mediaType();
            String file = chosen.downloadName();
            ctx.attribute(JSON_RESPONSE, true);
            ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
            ctx.status(200).contentType(type).result(body);
        }

        private static byte[] text(EventExporter exporter, List<StoredEvent> events) throws IOException {
            StringWriter out = new StringWriter();
            exporter.write(events, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** Parquet is written to a file (DuckDB's writer takes a path), read back and removed. */
        private static byte[] parquet(List<StoredEvent> events) throws IOException {
            Path tmp = Files.createTempFile("sitrep-export", ".parquet");
            try {
                new ParquetExporter().write(events, tmp);
                return Files.readAllBytes(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        /** GDELT's two tables in one zip, named as GDELT names its files ({@code .export.CSV}, {@code .mentions.CSV}). */
        private static byte[] gdeltZip(List<StoredEvent> events) throws IOException {
            GdeltExporter gdelt = new GdeltExporter();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("sitrep.export.CSV"));
                zip.write(text(gdelt.eventsTable(), events));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("sitrep.mentions.CSV"));
                zip.write(text(gdelt.mentionsTable(), events));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        }

        void postArticles(Context ctx) {
            List<Article> articles = submissions.read(ctx.body());
            List<Article> fresh = articles.stream().filter(a -> !store.hasArticle(a.id())).toList();
            List<ArticleResult> coded = fresh.isEmpty() ? List.of() : coder.code(fresh);
            List<SaveOutcome> outcomes = store.saveAll(coded);
            ObjectNode body = mapper.createObjectNode();
            ArrayNode list = body.putArray("articles");
            for (Article a : articles) {
                ObjectNode o = list.addObject();
                o.put("id", a.id());
                ArrayNode ids = o.putArray("events");
                String status = "already_stored";
                for (int i = 0; i < coded.size(); i++) {
                    if (coded.get(i).article().id().equals(a.id()) && outcomes.get(i).saved()) {
                        status = "stored";
                        coded.get(i).events().forEach(e -> ids.add(e.id()));
                    }
                }
                o.put("status", status);
            }
            send(ctx, 201, json.tree(body));
        }

        void send(Context ctx, int status, EventJson.Body body) {
            ctx.attribute(JSON_RESPONSE, true);
            ctx.status(status).contentType(JSON).result(json.bytes(body));
        }

        void fail(Context ctx, int status, String message, String parameter) {
            send(ctx, status, json.error(message, parameter));
        }
    }
}
