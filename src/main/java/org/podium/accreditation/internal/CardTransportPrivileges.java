package org.podium.accreditation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.podium.accreditation.AccreditationStatus;
import org.podium.accreditation.TransportPrivileges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The transport privileges of accreditations, from their category (accreditation/categories.yml). */
@Component
class CardTransportPrivileges implements TransportPrivileges {

    private static final List<String> CAR_SYSTEMS = List.of("T1", "T2", "T3");
    private static final String SELECT = """
            select id, organisation_code, category_code, given_name || ' ' || family_name as name, status
            from accreditation.request""";

    private final JdbcClient jdbc;
    private final Categories categories;

    CardTransportPrivileges(JdbcClient jdbc, Categories categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    @Override
    public Optional<Holder> holder(UUID accreditation) {
        return jdbc.sql(SELECT + " where id = :id").param("id", accreditation).query((rs, n) -> holder(rs)).optional();
    }

    @Override
    public List<Holder> carHolders(String organisation) {
        var carCategories = categories.all().stream()
                .filter(c -> c.transport().stream().anyMatch(CAR_SYSTEMS::contains)).map(Category::code).toList();
        if (carCategories.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where organisation_code = :organisation and status = 'ACTIVE' and category_code in (:categories)"
                        + " order by family_name, given_name limit 500")
                .param("organisation", organisation).param("categories", carCategories)
                .query((rs, n) -> holder(rs)).list();
    }

    private Holder holder(java.sql.ResultSet rs) throws java.sql.SQLException {
        var category = rs.getString("category_code");
        var transport = categories.find(category).map(Category::transport).orElse(List.of());
        return new Holder(rs.getObject("id", UUID.class), rs.getString("organisation_code"), category, rs.getString("name"), transport,
                AccreditationStatus.valueOf(rs.getString("status")));
    }
}
