package org.podium.accreditation.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.podium.games.Programme;
import org.podium.games.ProgrammeImported;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The responsible organisations and their quotas: the NOCs of the programme's data and those of
 * {@code accreditation/organisations.yml}. Written at start and after each programme import;
 * a quota already stored (changed by the centre) is kept.
 */
@Component
class Organisations {

    /** An organisation that requests accreditations. */
    record Organisation(String code, String name, String nameFr, String kind) {
        public String name(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? nameFr : name;
        }
    }

    /** A category's quota and how much of it the organisation's requests hold. */
    record Quota(String category, int allowed, int used) {
        public int remaining() {
            return Math.max(0, allowed - used);
        }
    }

    private final JdbcClient jdbc;
    private final Programme programme;
    private final Map<String, Map<String, Integer>> quotasByKind = new LinkedHashMap<>();
    private final List<Configured> configured;

    private record Configured(Organisation organisation, Map<String, Integer> quotas) {
    }

    @SuppressWarnings("unchecked")
    Organisations(JdbcClient jdbc, Programme programme) throws IOException {
        this.jdbc = jdbc;
        this.programme = programme;
        try (var in = new ClassPathResource("accreditation/organisations.yml").getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            ((Map<String, Map<String, Object>>) root.get("quotas-by-kind")).forEach((kind, quotas) -> quotasByKind.put(kind, numbers(quotas)));
            configured = ((List<Map<String, Object>>) root.get("organisations")).stream()
                    .map(o -> new Configured(new Organisation(String.valueOf(o.get("code")), String.valueOf(o.get("name")),
                            String.valueOf(o.get("name-fr")), String.valueOf(o.get("kind"))),
                            o.get("quotas") instanceof Map<?, ?> q ? numbers((Map<String, Object>) q) : Map.of()))
                    .toList();
        }
    }

    private static Map<String, Integer> numbers(Map<String, Object> map) {
        var numbers = new LinkedHashMap<String, Integer>();
        map.forEach((k, v) -> numbers.put(k, ((Number) v).intValue()));
        return numbers;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void atStart() {
        synchronise();
    }

    @ApplicationModuleListener
    void on(ProgrammeImported imported) {
        synchronise();
    }

    void synchronise() {
        var all = new java.util.ArrayList<Configured>(configured);
        programme.nocs().forEach(noc -> all.add(new Configured(new Organisation(noc.code(), noc.name(), noc.nameFr(), "NOC"), Map.of())));
        for (var c : all) {
            var o = c.organisation();
            jdbc.sql("""
                    insert into accreditation.organisation (code, name, name_fr, kind) values (:code, :name, :fr, :kind)
                    on conflict (code) do update set name = excluded.name, name_fr = excluded.name_fr, kind = excluded.kind""")
                    .param("code", o.code()).param("name", o.name()).param("fr", o.nameFr()).param("kind", o.kind()).update();
            var quotas = new LinkedHashMap<>(quotasByKind.getOrDefault(o.kind(), Map.of()));
            quotas.putAll(c.quotas());
            quotas.forEach((category, allowed) -> jdbc.sql("""
                    insert into accreditation.quota (organisation_code, category_code, allowed) values (:o, :c, :n)
                    on conflict do nothing""").param("o", o.code()).param("c", category).param("n", allowed).update());
        }
    }

    List<Organisation> all() {
        return jdbc.sql("select code, name, name_fr, kind from accreditation.organisation order by kind, code")
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    Optional<Organisation> find(String code) {
        return jdbc.sql("select code, name, name_fr, kind from accreditation.organisation where code = :code").param("code", code)
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
    }

    /** The organisation's quotas with the places its live requests hold, by category code. */
    Map<String, Quota> quotas(String organisation) {
        var quotas = new LinkedHashMap<String, Quota>();
        jdbc.sql("""
                select q.category_code, q.allowed, count(r.id) from accreditation.quota q
                left join accreditation.request r on r.organisation_code = q.organisation_code and r.category_code = q.category_code
                    and r.status not in """ + Requests.FREED + """
                where q.organisation_code = :o group by q.category_code, q.allowed order by q.category_code""")
                .param("o", organisation)
                .query((rs, n) -> new Quota(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list().forEach(q -> quotas.put(q.category(), q));
        return quotas;
    }

    /** Sets a quota (a lower one than what is requested refuses new requests; nothing requested is undone). */
    void setQuota(String organisation, String category, int allowed) {
        jdbc.sql("""
                insert into accreditation.quota (organisation_code, category_code, allowed) values (:o, :c, :n)
                on conflict (organisation_code, category_code) do update set allowed = excluded.allowed""")
                .param("o", organisation).param("c", category).param("n", allowed).update();
    }

    /** The organisation a manager acts for. */
    Optional<String> managedBy(String username) {
        return jdbc.sql("select organisation_code from accreditation.manager where username = :u").param("u", username)
                .query(String.class).optional();
    }

    void assignManager(String username, String organisation) {
        jdbc.sql("""
                insert into accreditation.manager (username, organisation_code) values (:u, :o)
                on conflict (username) do update set organisation_code = excluded.organisation_code""")
                .param("u", username).param("o", organisation).update();
    }
}
