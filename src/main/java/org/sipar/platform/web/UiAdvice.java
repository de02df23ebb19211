package org.sipar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.sipar.platform.Ui;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page the {@link Ui} context under the model name {@code ui}. */
@ControllerAdvice
class UiAdvice {

    private final MessageSource messages;

    UiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        return new Ui(messages, RequestContextUtils.getLocale(request), request.getRequestURI(),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                SecurityContextHolder.getContext().getAuthentication());
    }
}
