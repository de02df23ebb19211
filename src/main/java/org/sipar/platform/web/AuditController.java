package org.sipar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sipar.platform.Audit;
import org.sipar.platform.InputRejected;
import org.sipar.platform.TimeZones;
import org.sipar.platform.Ui;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lets hub administrators (only: the security rules give {@code /admin/audit/**} to them) browse the audit trail,
 * filtered by action, person and days (read in the viewer's time zone), a page at a time, and export it as CSV.
 */
@Controller
public class AuditController {

    static final int PAGE = 100;
    /** An export holds at most this many entries, the newest; narrow the filters for older ones. */
    static final int EXPORT_LIMIT = 10_000;

    private final Audit audit;
    private final AuditSentences sentences;

    AuditController(Audit audit, AuditSentences sentences) {
        this.audit = audit;
        this.sentences = sentences;
    }

    /** The filters of a request, as typed. */
    public record Query(String action, String actor, String from, String to) {

        public Query {
            action = action == null ? "" : action.strip();
            actor = actor == null ? "" : actor.strip();
            from = from == null ? "" : from.strip();
            to = to == null ? "" : to.strip();
        }
    }

    @GetMapping("/admin/audit")
    String browse(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(defaultValue = "0") long before, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        TimeZones.Zone zone = TimeZones.of(request, response);
        Query query = new Query(action, actor, from, to);
        List<InputRejected.Problem> problems = new ArrayList<>();
        Audit.Filter filter = filter(query, zone, before, PAGE, problems);
        Audit.Page page = problems.isEmpty() ? audit.search(filter) : new Audit.Page(List.of(), 0);
        model.addAttribute("rows", page.entries().stream().map(e -> new AuditRow(e, sentences.sentence(e, ui), sentences.raw(e))).toList());
        model.addAttribute("next", page.nextBeforeId());
        model.addAttribute("query", query);
        model.addAttribute("problems", problems);
        model.addAttribute("zone", zone);
        model.addAttribute("zones", TimeZones.choices());
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "admin/audit";
    }

    @GetMapping("/admin/audit/export.csv")
    void export(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @ModelAttribute(name = "ui", binding = false) Ui ui, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        TimeZones.Zone zone = TimeZones.of(request, response);
        List<InputRejected.Problem> problems = new ArrayList<>();
        Audit.Filter filter = filter(new Query(action, actor, from, to), zone, 0, EXPORT_LIMIT, problems);
        if (!problems.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, new InputRejected(problems).getMessage());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"sipar-audit.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        AuditCsv.write(response.getWriter(), audit.search(filter).entries(), zone, sentences, ui);
    }

    /** The filter of {@code query}: days are whole days in the viewer's zone, {@code to} included. */
    private static Audit.Filter filter(Query query, TimeZones.Zone zone, long before, int limit,
                                       List<InputRejected.Problem> problems) {
        Instant start = day("from", query.from(), zone, problems, 0);
        Instant end = day("to", query.to(), zone, problems, 1);
        return new Audit.Filter(query.action(), query.actor(), start, end, Math.max(0, before), limit);
    }

    private static Instant day(String field, String text, TimeZones.Zone zone, List<InputRejected.Problem> problems, int plusDays) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text).plusDays(plusDays).atStartOfDay(zone.id()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new InputRejected.Problem(field, text, "is not a day (YYYY-MM-DD)"));
            return null;
        }
    }

    /** One entry as the page shows it: the entry, its sentence, and its details pretty-printed. */
    public record AuditRow(Audit.Recorded entry, String sentence, String raw) {
    }
}
