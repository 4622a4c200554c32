package io.github.pvetasks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.PveIdentifiers;
import io.github.pvetasks.core.TaskApi;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskLogPage;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskRequest;
import io.github.pvetasks.core.TaskStart;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.HttpMethod;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The task API over an {@link ApiCaller}. */
final class DefaultTaskApi implements TaskApi {

    /** Lines per request when reading a whole log; far above the server's 50-line default. */
    static final int FULL_LOG_PAGE = 5000;

    private final ApiCaller caller;
    private final Clock clock;
    private final Product product;

    DefaultTaskApi(ApiCaller caller, Clock clock, Product product) {
        this.caller = caller;
        this.clock = clock;
        this.product = product;
    }

    private static List<String> taskPath(Upid upid, String... rest) {
        List<String> p = new ArrayList<>(List.of("nodes", upid.node(), "tasks", upid.toString()));
        p.addAll(List.of(rest));
        return p;
    }

    private static String describe(HttpMethod method, List<String> segments) {
        return method + " /" + String.join("/", segments);
    }

    @Override
    public CompletableFuture<TaskStatus> statusAsync(Upid upid) {
        Arguments.requireNonNull(upid, "upid");
        List<String> path = taskPath(upid, "status");
        return caller.call(HttpMethod.GET, path, Map.of()).thenApply(root -> JsonCodec.status(
                JsonCodec.data(root, describe(HttpMethod.GET, path)), upid, clock.instant(), describe(HttpMethod.GET, path)));
    }

    @Override
    public TaskStatus status(Upid upid) {
        return Futures.await(statusAsync(upid));
    }

    @Override
    public CompletableFuture<TaskLogPage> logAsync(Upid upid, long start, long limit) {
        Arguments.requireNonNull(upid, "upid");
        if (start < 0) {
            throw new IllegalArgumentException("log start must not be negative, got " + start);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("log limit must be 1 or more, got " + limit
                    + " (use fullLog to read everything)");
        }
        List<String> path = taskPath(upid, "log");
        Map<String, String> params = new LinkedHashMap<>();
        // PVE's start is an offset (the first line is start + 1); PBS returns the lines numbered >= start
        params.put("start", Long.toString(product == Product.PBS ? start + 1 : start));
        params.put("limit", Long.toString(limit));
        return caller.call(HttpMethod.GET, path, params).thenApply(root -> JsonCodec.logPage(root, describe(HttpMethod.GET, path)));
    }

    @Override
    public TaskLogPage log(Upid upid, long start, long limit) {
        return Futures.await(logAsync(upid, start, limit));
    }

    @Override
    public CompletableFuture<List<TaskLogLine>> fullLogAsync(Upid upid) {
        Arguments.requireNonNull(upid, "upid");
        return readFrom(upid, 0, new ArrayList<>());
    }

    private CompletableFuture<List<TaskLogLine>> readFrom(Upid upid, long start, List<TaskLogLine> acc) {
        return logAsync(upid, start, FULL_LOG_PAGE).thenCompose(page -> {
            acc.addAll(page.lines());
            long next = page.nextStart();
            // Stop at the server's total, or when a page brings nothing new (a log that shrank).
            if (page.isEmpty() || next >= page.total() || next <= start) {
                return CompletableFuture.completedFuture(List.copyOf(acc));
            }
            return readFrom(upid, next, acc);
        });
    }

    @Override
    public List<TaskLogLine> fullLog(Upid upid) {
        return Futures.await(fullLogAsync(upid));
    }

    @Override
    public CompletableFuture<TaskListPage> listAsync(String node, TaskQuery query) {
        PveIdentifiers.requireNodeName(node);
        Arguments.requireNonNull(query, "task query");
        if (product == Product.PVE && query.store().isPresent()) {
            throw new IllegalArgumentException("store '" + query.store().get() + "': Proxmox VE task lists have no datastore filter");
        }
        List<String> path = List.of("nodes", node, "tasks");
        return caller.call(HttpMethod.GET, path, product == Product.PBS ? PbsQueries.parameters(query) : query.toParameters())
                .thenApply(root -> JsonCodec.listPage(root, describe(HttpMethod.GET, path)));
    }

    @Override
    public TaskListPage list(String node, TaskQuery query) {
        return Futures.await(listAsync(node, query));
    }

    @Override
    public CompletableFuture<List<TaskInfo>> clusterTasksAsync() {
        if (product == Product.PBS) {
            throw new UnsupportedOperationException("Proxmox Backup Server has no cluster task list; list its node's tasks instead");
        }
        List<String> path = List.of("cluster", "tasks");
        String description = describe(HttpMethod.GET, path);
        return caller.call(HttpMethod.GET, path, Map.of())
                .thenApply(root -> JsonCodec.taskInfos(JsonCodec.data(root, description), description));
    }

    @Override
    public List<TaskInfo> clusterTasks() {
        return Futures.await(clusterTasksAsync());
    }

    @Override
    public CompletableFuture<TaskStatus> stopAsync(Upid upid) {
        Arguments.requireNonNull(upid, "upid");
        return caller.call(HttpMethod.DELETE, taskPath(upid), Map.of()).thenCompose(ignored -> statusAsync(upid));
    }

    @Override
    public TaskStatus stop(Upid upid) {
        return Futures.await(stopAsync(upid));
    }

    @Override
    public CompletableFuture<Upid> startAsync(TaskRequest request) {
        return submitAsync(request).thenApply(TaskStart::orElseThrow);
    }

    @Override
    public Upid start(TaskRequest request) {
        return Futures.await(startAsync(request));
    }

    @Override
    public CompletableFuture<TaskStart> submitAsync(TaskRequest request) {
        Arguments.requireNonNull(request, "task request");
        String description = request.method() + " " + request.path();
        return caller.call(request.method(), request.pathSegments(), request.parameters())
                .thenApply((JsonNode root) -> JsonCodec.taskStart(JsonCodec.data(root, description), description));
    }

    @Override
    public TaskStart submit(TaskRequest request) {
        return Futures.await(submitAsync(request));
    }
}
