package org.podium.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language switcher's link on every page: the same page, same filters, in the other language.
 * Set only for handlers that render pages: JSON calls (a hot on-sale's holds) do not pay for it.
 */
@Configuration(proxyBeanMethods = false)
class LanguageSwitch implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && rendersPage(method)) {
            var other = otherLanguage();
            // Request attributes are page variables for Thymeleaf, also when an exception handler picks the page.
            request.setAttribute("otherLanguage", other);
            // The back office's navigation marks the page it is on.
            request.setAttribute("pagePath", request.getRequestURI());
            request.setAttribute("languageSwitchUrl", UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("lang", other)
                    .build()
                    .toUriString());
        }
        return true;
    }

    private static boolean rendersPage(HandlerMethod method) {
        return !method.getBeanType().isAnnotationPresent(RestController.class) && !method.hasMethodAnnotation(ResponseBody.class);
    }

    private static String otherLanguage() {
        return "fr".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "fr";
    }
}
