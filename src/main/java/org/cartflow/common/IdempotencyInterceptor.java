package org.cartflow.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs inside the resource method's transaction (after the @Transactional interceptor): claims the key with
 * INSERT ... ON CONFLICT DO NOTHING (a concurrent retry waits for the first attempt to commit or roll back), then
 * either replays the stored response or proceeds and stores the response in the same transaction.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    HttpHeaders headers;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        String key = headers.getHeaderString(HEADER);
        if (key == null || key.isBlank()) {
            return ctx.proceed();
        }
        if (key.length() > 128) {
            throw ProblemException.invalid(HEADER, Texts.of(CommonText.class).atMost128Characters());
        }
        String operation = ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
        String requestHash = sha256(operation + "\n" + json.writeValueAsString(ctx.getParameters()));
        int claimed = em.createNativeQuery("insert into idempotency_record (idempotency_key, actor, operation, "
                + "request_hash, created_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, key).setParameter(2, user.name()).setParameter(3, operation)
                .setParameter(4, requestHash).setParameter(5, clock.instant()).executeUpdate();
        if (claimed == 0) {
            return replay(key, operation, requestHash);
        }
        Response response = (Response) ctx.proceed();
        String body = response.getEntity() == null ? null : json.writeValueAsString(response.getEntity());
        em.createNativeQuery("update idempotency_record set status = ?1, location = ?2, etag = ?3, body = ?4 "
                + "where actor = ?5 and idempotency_key = ?6")
                .setParameter(1, response.getStatus())
                .setParameter(2, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(3, response.getEntityTag() == null ? null : response.getEntityTag().getValue())
                .setParameter(4, body).setParameter(5, user.name()).setParameter(6, key).executeUpdate();
        return response;
    }

    private Response replay(String key, String operation, String requestHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select operation, request_hash, status, location, etag, body "
                + "from idempotency_record where actor = ?1 and idempotency_key = ?2")
                .setParameter(1, user.name()).setParameter(2, key).getResultList();
        Object[] r = rows.get(0);
        if (!operation.equals(r[0]) || !requestHash.equals(r[1].toString())) {
            CommonText text = Texts.of(CommonText.class);
            throw new ProblemException(422, "idempotency-key-reused", text.titleIdempotencyKeyReused(),
                    text.idempotencyKeyReused(), List.of(new Problem.FieldError(HEADER, text.alreadyUsedForAnotherRequest())),
                    null);
        }
        Response.ResponseBuilder b = Response.status(((Number) r[2]).intValue()).header("Idempotent-Replayed", "true");
        if (r[3] != null) {
            b.header("Location", r[3]);
        }
        if (r[4] != null) {
            b.tag(new jakarta.ws.rs.core.EntityTag(r[4].toString()));
        }
        if (r[5] != null) {
            b.entity(r[5].toString()).type("application/json");
        }
        return b.build();
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
