// The client's flow against a real API (started by .ci/lanes/40-openapi.sh): VOLUNTEERS_API_URL, and the first admin
// in VOLUNTEERS_ADMIN_EMAIL / VOLUNTEERS_ADMIN_PASSWORD.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { ApiProblem, createVolunteersClient, unwrap, type Schemas } from "../src/index.js";

const baseUrl = process.env.VOLUNTEERS_API_URL ?? assert.fail("VOLUNTEERS_API_URL is not set");
const anonymous = createVolunteersClient(baseUrl);

async function signInAsAdmin() {
  const tokens = await unwrap(anonymous.POST("/api/v1/auth/login", {
    body: { email: process.env.VOLUNTEERS_ADMIN_EMAIL!, password: process.env.VOLUNTEERS_ADMIN_PASSWORD! },
  }));
  return createVolunteersClient(baseUrl, { token: tokens.accessToken });
}

const text = (value: string): Schemas["LocalizedTextDto"] => ({ kk: value, ru: value, en: null });

function campaignDraft(): Schemas["CreateCampaignCommand"] {
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    title: text(`Субботник ${randomUUID().slice(0, 8)}`), description: text("Уборка парка"), directionId: 1,
    kind: "Regular", district: null, location: "Астана, парк Жетысу", startsOn: day(10), endsOn: day(12),
  };
}

test("a coordinator's campaign flow: idempotent create, publish, shift, If-Match edits", async () => {
  const admin = await signInAsAdmin();
  const key = randomUUID();
  const draft = campaignDraft();
  const first = await admin.POST("/api/v1/campaigns", { body: draft, params: { header: { "Idempotency-Key": key } } });
  assert.equal(first.response.status, 201);
  assert.ok(first.response.headers.get("Location")?.endsWith(first.data!.id));
  const replay = await admin.POST("/api/v1/campaigns", { body: draft, params: { header: { "Idempotency-Key": key } } });
  assert.equal(replay.response.headers.get("Idempotent-Replayed"), "true");
  assert.equal(replay.data!.id, first.data!.id);

  const id = first.data!.id;
  const published = await admin.POST("/api/v1/campaigns/{id}/publish", { params: { path: { id } } });
  assert.equal(published.data!.status, "Published");
  const shift = await unwrap(admin.POST("/api/v1/campaigns/{id}/shifts", {
    params: { path: { id } },
    body: { startsAt: `${draft.startsOn}T09:00:00+05:00`, endsAt: `${draft.startsOn}T13:00:00+05:00`, capacity: 5, location: "Вход в парк" },
  }));
  assert.equal(shift.capacity, 5);

  // A volunteer trained before this system (an approved application is only a trainee, who may not sign up yet).
  const iin = "900515300018";
  const imported = await unwrap(admin.POST("/api/v1/volunteers/import", {
    body: [{
      lastName: "Серикова", firstName: "Айгерим", middleName: null, iin, dateOfBirth: "1990-05-15", phone: "+7 701 234 56 78",
      email: `volunteer-${randomUUID()}@client-tests.local`, district: "Yesil", languages: ["ru", "kk"], directions: ["social"],
      trainedOn: "2020-05-01",
    }],
  }));
  assert.equal(imported.imported, 1, JSON.stringify(imported.errors));
  const volunteer = (await unwrap(admin.GET("/api/v1/volunteers", { params: { query: { search: iin } } }))).items[0];
  const signUp = await admin.POST("/api/v1/shifts/{id}/signups", { params: { path: { id: shift.id } }, body: { volunteerId: volunteer.id } });
  assert.equal(signUp.response.status, 201, JSON.stringify(signUp.error));
  assert.equal(signUp.data!.status, "Confirmed");

  const etag = published.response.headers.get("ETag")!;
  const changes: Schemas["CampaignChanges"] = { ...draft, title: text("Субботник (перенесён)") };
  const updated = await admin.PUT("/api/v1/campaigns/{id}", { params: { path: { id }, header: { "If-Match": etag } }, body: changes });
  assert.equal(updated.response.status, 200, JSON.stringify(updated.error));
  await assert.rejects(unwrap(admin.PUT("/api/v1/campaigns/{id}", { params: { path: { id }, header: { "If-Match": etag } }, body: changes })),
    (e: unknown) => e instanceof ApiProblem && e.status === 412);
});

test("problems arrive typed: field errors on a 400, the rule's type on a 409", async () => {
  const admin = await signInAsAdmin();
  const invalid = { ...campaignDraft(), title: text("") };
  await assert.rejects(unwrap(admin.POST("/api/v1/campaigns", { body: invalid })), (e: unknown) => {
    assert.ok(e instanceof ApiProblem);
    assert.equal(e.status, 400);
    assert.ok(Object.keys(e.errors).some(field => field.startsWith("title")), JSON.stringify(e.errors));
    assert.ok(e.traceId);
    return true;
  });
  const campaign = await unwrap(admin.POST("/api/v1/campaigns", { body: campaignDraft() }));
  await unwrap(admin.POST("/api/v1/campaigns/{id}/cancel", { params: { path: { id: campaign.id } } }));
  await assert.rejects(unwrap(admin.POST("/api/v1/campaigns/{id}/publish", { params: { path: { id: campaign.id } } })), (e: unknown) => {
    assert.ok(e instanceof ApiProblem);
    assert.equal(e.status, 409);
    assert.match(e.type ?? "", /^https?:\/\//);
    return true;
  });
});

test("stats revalidate with If-None-Match, and a partner reads with its key", async () => {
  const stats = await anonymous.GET("/api/v1/stats");
  assert.equal(stats.response.status, 200);
  const etag = stats.response.headers.get("ETag")!;
  const again = await anonymous.GET("/api/v1/stats", { params: { header: { "If-None-Match": etag } } });
  assert.equal(again.response.status, 304);

  const admin = await signInAsAdmin();
  const partner = await unwrap(admin.POST("/api/v1/partners", { body: { name: `Partner ${randomUUID().slice(0, 8)}`, scopes: ["campaigns:read"] } }));
  const asPartner = createVolunteersClient(baseUrl, { apiKey: partner.apiKey });
  const campaigns = await unwrap(asPartner.GET("/api/v1/campaigns", { params: { query: { page: 1, pageSize: 5 } } }));
  assert.ok(campaigns.totalCount >= 0);
  const forbidden = await asPartner.GET("/api/v1/help-requests", {});
  assert.equal(forbidden.response.status, 403);
});
