package org.podium;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * One listener style across modules: an event of another module is heard by an
 * {@code @ApplicationModuleListener} (after commit, durable, resubmitted), never by a plain or
 * transactional event listener, which a crash between commit and listener would lose silently.
 * With {@code EventTransactionGuard} (every module event published in a transaction) this is the
 * guarantee that no cross-module event is lost.
 */
class EventStyleTests {

    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.podium");

    @Test
    void eventsOfOtherModulesAreHeardOnlyByModuleListeners() {
        noMethods().that().areAnnotatedWith(EventListener.class).or().areAnnotatedWith(TransactionalEventListener.class)
                .should(hearAnEventOfAnotherModule())
                .because("a cross-module listener must be an @ApplicationModuleListener, durable and resubmittable")
                .check(classes);
    }

    @Test
    void moduleListenersHearModuleEvents() {
        methods().that().areAnnotatedWith(ApplicationModuleListener.class).should().haveRawParameterTypes(
                        DescribedPredicate.describe("one event of a module's API", types -> types.size() == 1
                                && module(types.getFirst().getPackageName()) != null
                                && types.getFirst().getPackageName().equals("org.podium." + module(types.getFirst().getPackageName()))))
                .check(classes);
    }

    private static ArchCondition<JavaMethod> hearAnEventOfAnotherModule() {
        return new ArchCondition<>("hear an event of another module") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                var listening = module(method.getOwner().getPackageName());
                for (var parameter : method.getRawParameterTypes()) {
                    var of = module(parameter.getPackageName());
                    if (of != null && !of.equals(listening)) {
                        events.add(SimpleConditionEvent.satisfied(method, method.getFullName() + " hears " + parameter.getName()
                                + " of module " + of));
                    }
                }
            }
        };
    }

    /** The module a package belongs to: {@code org.podium.<module>...}, or null outside the modules. */
    private static String module(String packageName) {
        if (!packageName.startsWith("org.podium.")) {
            return null;
        }
        var rest = packageName.substring("org.podium.".length());
        var dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
