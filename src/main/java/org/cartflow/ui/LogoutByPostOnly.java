package org.cartflow.ui;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Signing out changes state, so it is a POST (the header's form, with its CSRF token). The OIDC logout path answers
 * any method, so a GET is answered 405 here, before authentication runs: a link or an image on another page cannot
 * sign a nurse out in the middle of a bedside check.
 */
@Singleton
public class LogoutByPostOnly {

    static final String PATH = "/ui/logout";

    void route(@Observes Router router) {
        router.route(HttpMethod.GET, PATH).order(Integer.MIN_VALUE + 2).handler(ctx -> ctx.response()
                .setStatusCode(405).putHeader("Allow", "POST").putHeader("Cache-Control", "no-store").end());
    }
}
