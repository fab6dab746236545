package org.podium.audit.internal;

import java.sql.Timestamp;
import java.util.List;

import org.podium.audit.AuditEntry;
import org.podium.audit.StaffActionPerformed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(StaffActionPerformed action) {
        jdbc.sql("""
                insert into audit.entry (actor, action, target, detail, at)
                values (:actor, :action, :target, :detail, :at)""")
                .param("actor", action.actor())
                .param("action", action.action())
                .param("target", action.target())
                .param("detail", action.detail())
                .param("at", Timestamp.from(action.at()))
                .update();
    }

    public List<AuditEntry> latest(int limit, String actionPrefix) {
        return jdbc.sql("""
                select id, actor, action, target, detail, at from audit.entry
                where action like :prefix order by id desc limit :limit""")
                .param("prefix", actionPrefix.replace("%", "\\%").replace("_", "\\_") + "%")
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("target"), rs.getString("detail"), rs.getTimestamp("at").toInstant()))
                .list();
    }
}
