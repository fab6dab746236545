package org.podium.accounts.internal.web;

import java.security.Principal;

import org.podium.accounts.EmailAlreadyRegistered;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.StaffAccounts;
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
        @NotBlank @Size(min = 12, max = 128)
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

    AccountPages(FanAccounts fans, StaffAccounts staff) {
        this.fans = fans;
        this.staff = staff;
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

    @PostMapping("/account/register")
    String register(@Validated @ModelAttribute("registration") Registration registration, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            registration.setPassword("");
            return "accounts/register";
        }
        try {
            fans.register(registration.getEmail(), registration.getDisplayName(), registration.getPassword(),
                    LocaleContextHolder.getLocale().getLanguage());
        } catch (EmailAlreadyRegistered e) {
            errors.rejectValue("email", "account.email.taken");
            registration.setPassword("");
            return "accounts/register";
        }
        return "redirect:/account/login?registered";
    }

    @GetMapping("/account")
    String account(Principal who, Model model) {
        model.addAttribute("fan", fans.findByEmail(who.getName()).orElseThrow());
        return "accounts/account";
    }
}
