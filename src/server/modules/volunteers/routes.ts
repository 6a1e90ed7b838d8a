import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import {
  ZApplication,
  ZApplicationCreate,
  ZApplicationDecline,
  ZApplicationListQuery,
  ZIdNumberRevealed,
  ZMyVolunteering,
  ZTeam,
  ZTeamDetail,
  ZTeamListQuery,
  ZTeamUpdate,
  ZVolunteer,
} from '../../../shared/volunteers';
import { type AppServices, inScope } from '../../platform/http';
import {
  applyToTeam,
  approveApplication,
  declineApplication,
  findApplications,
  withdrawApplication,
} from './applications';
import { getMyVolunteering, getVolunteer, revealVolunteerIdNumber } from './profiles';
import { findOpenTeams, findTeams, getTeam, leaveTeam, updateTeam } from './teams';

const ZId = z.object({ id: z.uuid() });
const ZAccountId = z.object({ accountId: z.uuid() });
const tags = ['volunteers'];

export function volunteerRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/teams',
      {
        config: { auth: 'team.read' },
        schema: {
          tags,
          summary: 'Volunteer teams in my area',
          querystring: ZTeamListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZTeam) },
        },
      },
      (req) => inScope(services, req, (ctx) => findTeams(ctx, req.query)),
    );
    app.get(
      '/api/teams/open',
      {
        config: { auth: 'volunteer.apply' },
        schema: {
          tags,
          summary: 'Teams I may apply to: on my home place and above it',
          response: { 200: z.object({ items: z.array(ZTeam) }) },
        },
      },
      async (req) => ({ items: await inScope(services, req, (ctx) => findOpenTeams(ctx)) }),
    );
    app.get(
      '/api/teams/:id',
      {
        config: { auth: 'team.read' },
        schema: { tags, summary: 'A team with its members', params: ZId, response: { 200: ZTeamDetail } },
      },
      (req) => inScope(services, req, (ctx) => getTeam(ctx, req.params.id)),
    );
    app.put(
      '/api/teams/:id/profile',
      {
        config: { auth: 'team.write' },
        schema: {
          tags,
          summary: "Set a team's service brand, station, leader and skills",
          params: ZId,
          body: ZTeamUpdate,
          response: { 200: ZTeamDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => updateTeam(ctx, req.params.id, req.body)),
    );
    app.post(
      '/api/teams/:id/leave',
      {
        config: { auth: 'volunteer.apply' },
        schema: { tags, summary: 'Leave a team I am in', params: ZId, response: { 204: z.null() } },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => leaveTeam(ctx, req.params.id));
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/volunteer-applications',
      {
        config: { auth: 'volunteer.apply' },
        schema: {
          tags,
          summary: 'Apply to join a volunteer team',
          body: ZApplicationCreate,
          response: { 201: ZApplication },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => applyToTeam(ctx, req.body))),
    );
    app.get(
      '/api/volunteer-applications',
      {
        config: { auth: 'volunteer.review' },
        schema: {
          tags,
          summary: "Applications to the teams I review (an office's subtree, a leader's teams)",
          querystring: ZApplicationListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZApplication) },
        },
      },
      (req) => inScope(services, req, (ctx) => findApplications(ctx, req.query)),
    );
    app.post(
      '/api/volunteer-applications/:id/approve',
      {
        config: { auth: 'volunteer.review' },
        schema: {
          tags,
          summary: 'Approve: the applicant joins the team and becomes a volunteer',
          params: ZId,
          response: { 200: ZApplication },
        },
      },
      (req) => inScope(services, req, (ctx) => approveApplication(ctx, req.params.id)),
    );
    app.post(
      '/api/volunteer-applications/:id/decline',
      {
        config: { auth: 'volunteer.review' },
        schema: {
          tags,
          summary: 'Decline with a reason',
          params: ZId,
          body: ZApplicationDecline,
          response: { 200: ZApplication },
        },
      },
      (req) => inScope(services, req, (ctx) => declineApplication(ctx, req.params.id, req.body.reason)),
    );
    app.post(
      '/api/volunteer-applications/:id/withdraw',
      {
        config: { auth: 'volunteer.apply' },
        schema: {
          tags,
          summary: 'Withdraw my pending application',
          params: ZId,
          response: { 200: ZApplication },
        },
      },
      (req) => inScope(services, req, (ctx) => withdrawApplication(ctx, req.params.id)),
    );
    app.get(
      '/api/volunteers/me',
      {
        config: { auth: 'volunteer.apply' },
        schema: {
          tags,
          summary: 'My volunteer profile, teams and applications',
          response: { 200: ZMyVolunteering },
        },
      },
      (req) => inScope(services, req, (ctx) => getMyVolunteering(ctx)),
    );
    app.get(
      '/api/volunteers/:accountId',
      {
        config: { auth: 'volunteer.read' },
        schema: {
          tags,
          summary: "A volunteer's profile (ID number masked)",
          params: ZAccountId,
          response: { 200: ZVolunteer },
        },
      },
      (req) => inScope(services, req, (ctx) => getVolunteer(ctx, req.params.accountId)),
    );
    app.post(
      '/api/volunteers/:accountId/reveal',
      {
        config: { auth: 'volunteer.read' },
        schema: {
          tags,
          summary: "A volunteer's unmasked ID number (audited)",
          params: ZAccountId,
          response: { 200: ZIdNumberRevealed },
        },
      },
      (req) => inScope(services, req, (ctx) => revealVolunteerIdNumber(ctx, req.params.accountId)),
    );
  };
}
