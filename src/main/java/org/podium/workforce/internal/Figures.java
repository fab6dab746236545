package org.podium.workforce.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts by status and the diversity figures of the applicants and of those selected (shown, never used to select). */
@Component
class Figures {

    /** One population's make-up, in shares of its size. */
    public record Diversity(String population, long people, double women, double under25, double from25to39, double from40to59,
                            double over60, double international, double disability) {}

    private final JdbcClient jdbc;

    Figures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> byStatus() {
        var counts = new LinkedHashMap<String, Long>();
        for (var status : List.of("APPLIED", "INVITED", "ACCEPTED", "STANDBY", "DECLINED", "WITHDRAWN")) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from workforce.applicant group by status")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    List<Diversity> diversity() {
        return jdbc.sql("""
                with people as (
                    select case when status in ('INVITED', 'ACCEPTED') then 'selected' else 'others' end as population,
                           gender, extract(year from age(date '2024-07-26', birth_date)) as age, country <> 'FRA' as international, disability
                    from workforce.applicant where status <> 'WITHDRAWN')
                select population, count(*),
                       avg((gender = 'F')::int), avg((age < 25)::int), avg((age between 25 and 39)::int), avg((age between 40 and 59)::int),
                       avg((age >= 60)::int), avg(international::int), avg(disability::int)
                from (select 'applicants' as population, gender, age, international, disability from people
                      union all select population, gender, age, international, disability from people where population = 'selected') p
                group by population order by population""")
                .query((rs, n) -> new Diversity(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                        rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9)))
                .list();
    }
}
