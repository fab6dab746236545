package org.podium.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French and English, the official languages of the Games. The browser's preference decides
 * until the visitor picks one with the switcher ({@code ?lang=fr}), which a cookie remembers.
 */
@Configuration(proxyBeanMethods = false)
public class SiteLanguages implements WebMvcConfigurer {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("podium-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(SiteLanguages::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedOnly(change));
    }

    /** The first supported language the browser asks for; English otherwise. */
    static Locale fromBrowser(HttpServletRequest request) {
        var preferred = request.getLocales();
        while (preferred.hasMoreElements()) {
            var locale = supported(preferred.nextElement().getLanguage());
            if (locale != null) {
                return locale;
            }
        }
        return Locale.ENGLISH;
    }

    static Locale supported(String language) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }

    /** Ignores ?lang= values other than fr and en, so no page ever mixes in a third language. */
    private record SupportedOnly(LocaleChangeInterceptor delegate) implements org.springframework.web.servlet.HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Object handler)
                throws jakarta.servlet.ServletException {
            var lang = request.getParameter("lang");
            if (lang == null || supported(lang) == null) {
                return true;
            }
            return delegate.preHandle(request, response, handler);
        }
    }
}
