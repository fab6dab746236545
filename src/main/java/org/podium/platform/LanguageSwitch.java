package org.podium.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The language switcher's link on every page: the same page, same filters, in the other language. */
@ControllerAdvice(annotations = Controller.class)
class LanguageSwitch {

    @ModelAttribute("otherLanguage")
    String otherLanguage() {
        return "fr".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "fr";
    }

    @ModelAttribute("languageSwitchUrl")
    String url(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", otherLanguage())
                .build()
                .toUriString();
    }
}
