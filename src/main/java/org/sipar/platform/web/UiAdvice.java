package org.sipar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.sipar.platform.InvalidSetting;
import org.sipar.platform.Navigation;
import org.sipar.platform.TimeZones;
import org.sipar.platform.Ui;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives every page the {@link Ui} context under the model name {@code ui}, with the navigation the modules
 * contribute: collected once, since a module's entries do not change while the application runs.
 */
@ControllerAdvice
class UiAdvice {

    private final MessageSource messages;
    private final List<Navigation.Entry> navigation;
    private final ZoneId zone;

    UiAdvice(MessageSource messages, List<Navigation.Source> sources, @Value("${sipar.time-zone:UTC}") String zone) {
        this.messages = messages;
        this.zone = zone(zone);
        this.navigation = sources.stream().flatMap(s -> s.entries().stream())
                .sorted(Comparator.comparingInt(Navigation.Entry::order)).toList();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidSetting("sipar.time-zone", id, "a time zone id such as Asia/Karachi or UTC");
        }
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(TimeZones.FALLBACK, zone);
        return new Ui(messages, RequestContextUtils.getLocale(request), request.getRequestURI(),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                SecurityContextHolder.getContext().getAuthentication(), navigation,
                TimeZones.of(request, response, zone).id());
    }
}
