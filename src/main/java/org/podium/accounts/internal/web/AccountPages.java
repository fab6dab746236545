package org.podium.accounts.internal.web;

import java.security.Principal;

import org.podium.accounts.FanAccounts;
import org.podium.accounts.StaffAccounts;
import org.podium.accounts.WeakPassword;
import org.podium.accounts.internal.EmailVerifications;
import org.podium.accounts.internal.RegistrationThrottle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Sign-in pages, fan registration, the fan's own page and the staff home. */
@Controller
class AccountPages {

    /** What a fan types to register; the password is never echoed back. */
    static class Registration {
        @NotBlank @Email @Size(max = 254)
        private String email = "";
        @NotBlank @Size(max = 80)
        private String displayName = "";
        // Length and strength are the password policy's (PasswordPolicy), checked by the service.
        @NotBlank @Size(max = 1024)
        private String password = "";

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    private final FanAccounts fans;
    private final StaffAccounts staff;
    private final EmailVerifications verifications;
    private final RegistrationThrottle throttle;

    AccountPages(FanAccounts fans, StaffAccounts staff, EmailVerifications verifications, RegistrationThrottle throttle) {
        this.fans = fans;
        this.staff = staff;
        this.verifications = verifications;
        this.throttle = throttle;
    }

    @GetMapping("/staff/login")
    String staffLogin() {
        return "accounts/staff-login";
    }

    @GetMapping("/staff")
    String staffHome(Principal who, Model model) {
        model.addAttribute("member", staff.find(who.getName()).orElseThrow());
        return "accounts/staff-home";
    }

    @GetMapping("/account/login")
    String fanLogin() {
        return "accounts/fan-login";
    }

    @GetMapping("/account/register")
    String registerForm(Model model) {
        model.addAttribute("registration", new Registration());
        return "accounts/register";
    }

    /**
     * Registration answers the same for a new address and a taken one (the owner of a taken one is
     * told by mail): the page cannot be used to learn who has an account. A network that opens too
     * many accounts in an hour is paused.
     */
    @PostMapping("/account/register")
    String register(@Validated @ModelAttribute("registration") Registration registration, BindingResult errors, Model model,
                    jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        if (!errors.hasErrors()) {
            var wait = throttle.take(request.getRemoteAddr());
            if (wait.isPresent()) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(wait.get().toSeconds() + 1));
                errors.reject("register.throttled", new Object[] {wait.get().toMinutes() + 1}, "too many registrations");
            }
        }
        if (!errors.hasErrors()) {
            try {
                fans.apply(registration.getEmail(), registration.getDisplayName(), registration.getPassword(),
                        LocaleContextHolder.getLocale().getLanguage());
                return "redirect:/account/login?registered";
            } catch (WeakPassword weak) {
                errors.rejectValue("password", "register.password." + weak.reason().name());
            }
        }
        registration.setPassword("");
        return "accounts/register";
    }

    /** The link from the mail shows a button: a mail scanner that fetches links confirms nothing. */
    @GetMapping("/account/verify")
    String verifyForm(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "accounts/verify";
    }

    @PostMapping("/account/verify")
    String verify(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String token, Model model,
                  @org.jspecify.annotations.Nullable Principal who, jakarta.servlet.http.HttpServletResponse response) {
        if (token.length() <= 128 && verifications.confirm(token).isPresent()) {
            return who == null ? "redirect:/account/login?verified" : "redirect:/account?verified";
        }
        response.setStatus(410);
        model.addAttribute("token", "");
        model.addAttribute("failed", true);
        return "accounts/verify";
    }

    @PostMapping("/account/verification")
    String resend(Principal who) {
        var fan = fans.findByEmail(who.getName()).orElseThrow();
        return verifications.resend(fan.id()).map(wait -> "redirect:/account?wait=" + (wait.toMinutes() + 1))
                .orElse("redirect:/account?sent");
    }

    @GetMapping("/account")
    String account(Principal who, Model model) {
        var fan = fans.findByEmail(who.getName()).orElseThrow();
        model.addAttribute("fan", fan);
        model.addAttribute("verified", fans.isVerified(fan.id()));
        return "accounts/account";
    }
}
