package org.podium.accounts.internal;

import org.podium.accounts.FanAccounts;
import org.podium.accounts.StaffAccounts;
import org.podium.accounts.StaffRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Three doors. Scripts, venue systems and monitoring use HTTP Basic or an API token
 * ({@link ApiTokens}, {@code Authorization: Bearer}) on {@code /api/admin/**},
 * {@code /api/staff/**} (each capability's role) and {@code /actuator/**}
 * (stateless, so no cookie to forge and no CSRF token needed); staff sign in with a form under
 * {@code /staff}; fans sign in with a form under {@code /account}. Everything else is public.
 * Forms carry CSRF tokens everywhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String ADMIN = StaffRole.ADMIN.name();
    /** The finance roles: administrators are not among them, so that whoever runs the platform cannot move money. */
    private static final String[] FINANCE = { StaffRole.ACCOUNTANT.name(), StaffRole.BUYER.name(), StaffRole.APPROVER.name(),
            StaffRole.TREASURER.name() };

    /**
     * No tracing span per security filter: wrapping each of a dozen filters in an observation cost
     * a measurable share of a hot on-sale's requests. Requests are still measured as a whole
     * (http.server.requests), and sign-in outcomes are published as events.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /**
     * A request the firewall refuses before any filter chain (an encoded NUL or a {@code ..} in the
     * path, a non-printable header): a 400 problem like every other refusal, not an empty answer.
     */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejected(tools.jackson.databind.ObjectMapper json) {
        return (request, response, rejected) -> {
            var problem = org.podium.platform.ProblemTypes.problem(org.springframework.http.HttpStatus.BAD_REQUEST, "request-rejected",
                    "Request refused", "the request's path or headers hold characters a request may not carry");
            response.setStatus(400);
            response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineApi(HttpSecurity http, StaffAccounts staff, PasswordEncoder passwords, ApiTokens tokens,
                                   org.podium.platform.events.DurableEvents events, SignInThrottle throttle,
                                   MachineApiProblems problems) throws Exception {
        var manager = manager(new StaffUsers(staff), passwords, throttle, STAFF_REALM);
        manager.setAuthenticationEventPublisher(new MachineSignIns(events));
        return http.securityMatcher("/api/admin/**", "/api/staff/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/api/staff/tokens", "/api/staff/tokens/**").hasAnyRole(roles())
                        .requestMatchers("/api/staff/results/**").hasAnyRole(StaffRole.RESULTS_OPERATOR.name(), ADMIN)
                        .requestMatchers("/api/staff/ticketing/**").hasAnyRole(StaffRole.TICKETING_MANAGER.name(), ADMIN)
                        .requestMatchers("/api/staff/soc/**").hasAnyRole(StaffRole.SOC_ANALYST.name(), ADMIN)
                        .requestMatchers("/api/staff/accreditation/**").hasRole(StaffRole.ACCREDITATION_MANAGER.name())
                        .requestMatchers("/api/staff/workforce/**").hasAnyRole(StaffRole.WORKFORCE_MANAGER.name(), ADMIN)
                        .requestMatchers("/api/staff/transport/team/**").hasRole(StaffRole.TEAM_LEADER.name())
                        .requestMatchers("/api/staff/transport/**").hasAnyRole(StaffRole.TRANSPORT_MANAGER.name(), ADMIN)
                        .requestMatchers("/api/staff/catering/recipes/**").hasAnyRole(StaffRole.CHEF.name(),
                                StaffRole.CATERING_MANAGER.name(), ADMIN)
                        .requestMatchers("/api/staff/catering/**").hasAnyRole(StaffRole.CATERING_MANAGER.name(), ADMIN)
                        .requestMatchers("/api/staff/finance/ledger/**", "/api/staff/finance/trial-balance/**", "/api/staff/finance/fec/**")
                                .hasRole(StaffRole.ACCOUNTANT.name())
                        .requestMatchers("/api/staff/finance/**").hasAnyRole(FINANCE)
                        .requestMatchers("/actuator/**", "/api/admin/**").hasRole(ADMIN)
                        .anyRequest().denyAll())
                .authenticationManager(manager)
                .addFilterBefore(new ApiTokenFilter(tokens, new StaffUsers(staff), events),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::safeHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffPages(HttpSecurity http, StaffAccounts staff, PasswordEncoder passwords,
                                   SignInEvents signIns, SignInThrottle throttle) throws Exception {
        return http.securityMatcher("/staff/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/login").permitAll()
                        .requestMatchers("/staff/admin/**", "/staff/audit/**").hasRole(ADMIN)
                        .requestMatchers("/staff/ticketing/**").hasAnyRole(StaffRole.TICKETING_MANAGER.name(), ADMIN)
                        .requestMatchers("/staff/soc/**").hasAnyRole(StaffRole.SOC_ANALYST.name(), ADMIN)
                        .requestMatchers("/staff/gates/**").hasAnyRole(StaffRole.GATE_STAFF.name(), ADMIN)
                        .requestMatchers("/staff/accreditation/checkpoint/**").hasAnyRole(StaffRole.GATE_STAFF.name(),
                                StaffRole.ACCREDITATION_CENTRE.name(), ADMIN)
                        .requestMatchers("/staff/accreditation/centre/**").hasAnyRole(StaffRole.ACCREDITATION_CENTRE.name(), ADMIN)
                        .requestMatchers("/staff/accreditation/organisation/**").hasRole(StaffRole.ACCREDITATION_MANAGER.name())
                        .requestMatchers("/staff/workforce/**").hasAnyRole(StaffRole.WORKFORCE_MANAGER.name(), ADMIN)
                        .requestMatchers("/staff/transport/team/**").hasRole(StaffRole.TEAM_LEADER.name())
                        .requestMatchers("/staff/transport/driver/**").hasRole(StaffRole.DRIVER.name())
                        .requestMatchers("/staff/transport/buses/**").hasAnyRole(StaffRole.TRANSPORT_MANAGER.name(),
                                StaffRole.TEAM_LEADER.name(), ADMIN)
                        .requestMatchers("/staff/transport/**").hasAnyRole(StaffRole.TRANSPORT_MANAGER.name(), ADMIN)
                        .requestMatchers("/staff/catering/recipes/**").hasAnyRole(StaffRole.CHEF.name(),
                                StaffRole.CATERING_MANAGER.name(), ADMIN)
                        .requestMatchers("/staff/catering/**").hasAnyRole(StaffRole.CATERING_MANAGER.name(), ADMIN)
                        // Finance: each step to its role; administrators have none (segregation of duties).
                        .requestMatchers(HttpMethod.POST, "/staff/finance/suppliers", "/staff/finance/suppliers/*/bank",
                                "/staff/finance/orders", "/staff/finance/orders/*/receipts").hasRole(StaffRole.BUYER.name())
                        .requestMatchers(HttpMethod.POST, "/staff/finance/suppliers/*/bank/confirm").hasAnyRole(StaffRole.BUYER.name(),
                                StaffRole.ACCOUNTANT.name())
                        .requestMatchers(HttpMethod.POST, "/staff/finance/orders/*/approval", "/staff/finance/orders/*/rejection",
                                "/staff/finance/invoices/*/approval").hasRole(StaffRole.APPROVER.name())
                        .requestMatchers(HttpMethod.POST, "/staff/finance/invoices", "/staff/finance/invoices/facturx")
                                .hasRole(StaffRole.ACCOUNTANT.name())
                        .requestMatchers("/staff/finance/fec/**", "/staff/finance/ticketing/**", "/staff/finance/years/**",
                                "/staff/finance/customer-invoices/**").hasRole(StaffRole.ACCOUNTANT.name())
                        .requestMatchers("/staff/finance/runs/**").hasRole(StaffRole.TREASURER.name())
                        .requestMatchers("/staff/finance/statements/**").hasAnyRole(StaffRole.TREASURER.name(), StaffRole.ACCOUNTANT.name())
                        .requestMatchers("/staff/finance/**").hasAnyRole(FINANCE)
                        .anyRequest().hasAnyRole(roles()))
                .authenticationManager(manager(new StaffUsers(staff), passwords, throttle, STAFF_REALM))
                .formLogin(form -> form.loginPage("/staff/login")
                        .successHandler(signIns.success("STAFF", "/staff"))
                        .failureHandler(signIns.failure("STAFF", "/staff/login?error")).permitAll())
                .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/"))
                .headers(SecurityConfiguration::safeHeaders)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain publicSite(HttpSecurity http, FanAccounts fans, PasswordEncoder passwords,
                                   SignInEvents signIns, SignInThrottle throttle, MachineApiProblems problems) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/account/login", "/account/register", "/account/verify").permitAll()
                        .requestMatchers("/account/**", "/api/fan/**").hasRole(FanUsers.ROLE)
                        .anyRequest().permitAll())
                // The payment service's webhook is authenticated by its HMAC signature, not by a session;
                // the sandbox service's own API by the checkout id in its path, as a provider's client secret.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/payments/webhook", "/sandbox-pay/api/**"))
                // A script calling the fan API without a session gets a 401 problem, not the sign-in page;
                // a refused API request (a role, a missing CSRF token) a 403 problem, a page the 403 page.
                .exceptionHandling(e -> e.defaultAccessDeniedHandlerFor(problems, API)
                        .authenticationEntryPoint(new org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint(
                                new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/account/login"),
                                new org.springframework.security.web.util.matcher.RequestMatcherEntry<>(API, problems))))
                .authenticationManager(manager(new FanUsers(fans), passwords, throttle, "FAN"))
                .formLogin(form -> form.loginPage("/account/login")
                        .usernameParameter("email")
                        .successHandler(signIns.success("FAN", "/account"))
                        .failureHandler(signIns.failure("FAN", "/account/login?error")).permitAll())
                .logout(logout -> logout.logoutUrl("/account/logout").logoutSuccessUrl("/"))
                .headers(SecurityConfiguration::safeHeaders)
                .build();
    }

    /**
     * Scripts and styles come from Podium's own files only: no inline script, no inline style, no
     * eval, so an injected tag or attribute does nothing. QR codes are drawn as data: images; the
     * scanner page may use the camera, nothing may use the microphone or location. Pages may not be
     * framed. The Referer stays on the site (verification and transfer links carry tokens).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";

    /** HSTS is only sent over HTTPS (a plain-HTTP answer cannot set it), for a year and every sub-domain. */
    private static void safeHeaders(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(java.time.Duration.ofDays(365).toSeconds()).includeSubDomains(true));
    }

    private static final org.springframework.security.web.util.matcher.RequestMatcher API =
            org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** Staff names share one sign-in allowance across the staff form and HTTP Basic. */
    private static final String STAFF_REALM = "STAFF";

    private static ProviderManager manager(org.springframework.security.core.userdetails.UserDetailsService users,
                                           PasswordEncoder passwords, SignInThrottle throttle, String realm) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledSignIn(provider, throttle, realm));
    }

    private static String[] roles() {
        return java.util.Arrays.stream(StaffRole.values()).map(Enum::name).toArray(String[]::new);
    }
}
