package org.cartflow.common;

import io.quarkus.qute.i18n.Message;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A message bundle's English for code running without Quarkus (plain unit tests of value classes such as the DIN
 * check): each {@code @Message} template with its {@code {parameter}}s replaced by the arguments' text. Qute's
 * generated bundles exist only inside the application; our templates use nothing but plain parameters.
 */
final class EnglishWithoutContainer {

    private EnglishWithoutContainer() {
    }

    static <T> T of(Class<T> bundle) {
        return bundle.cast(Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] { bundle },
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> bundle.getSimpleName() + " (English)";
                        };
                    }
                    return render(method, args);
                }));
    }

    private static String render(Method method, Object[] args) {
        Message message = method.getAnnotation(Message.class);
        if (message == null) {
            throw new IllegalStateException(method + " has no @Message");
        }
        String out = message.value();
        var parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            out = out.replace("{" + parameters[i].getName() + "}", String.valueOf(args[i]));
        }
        return out;
    }
}
