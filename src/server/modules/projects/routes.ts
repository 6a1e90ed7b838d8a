import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage } from '../../../shared/list';
import {
  ZAsOfQuery,
  ZMilestoneInput,
  ZProject,
  ZProjectAccept,
  ZProjectCreate,
  ZProjectDetail,
  ZProjectListQuery,
  ZProjectPatch,
  ZProjectPhoto,
  ZProjectPublish,
  ZProjectReport,
  ZProjectReportInput,
  ZProjectTicketLink,
  ZPromoteTicket,
} from '../../../shared/projects';
import { type AppServices, inScope } from '../../platform/http';
import { registerPhotoRoutes } from '../../platform/photo-routes';
import { sendWorkbook } from '../../platform/workbook-http';
import { exportProjects } from './export';
import { followProject } from './followers';
import { acceptDone, linkTicket, promoteTicket, unlinkTicket } from './links';
import { addMilestone, deleteMilestone, updateMilestone } from './milestones';
import { addProjectPhotos, findProjectPhotos, MAX_PROJECT_PHOTOS, readProjectPhoto } from './photos';
import { fileReport, findReports } from './reports';
import { createProject, findProjects, getProject, patchProject, setPublished } from './service';

const ZId = z.object({ id: z.uuid() });
const ZMilestoneId = ZId.extend({ milestoneId: z.uuid() });
const ZTicketId = ZId.extend({ ticketId: z.uuid() });
const tags = ['projects'];

export function projectRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/projects',
      {
        config: { auth: 'project.read' },
        schema: {
          tags,
          summary:
            'Projects in my area (or led by my unit), with planned and actual progress and status as of a day',
          querystring: ZProjectListQuery.extend(ZPageQuery.shape),
          response: { 200: zPage(ZProject) },
        },
      },
      (req) => inScope(services, req, (ctx) => findProjects(ctx, req.query)),
    );
    app.get(
      '/api/projects/export',
      {
        config: { auth: 'project.read' },
        schema: {
          tags,
          summary: 'The project list as .xlsx, with the same filters',
          querystring: ZProjectListQuery,
        },
      },
      async (req, reply) => {
        const body = await inScope(services, req, (ctx) =>
          exportProjects(ctx, req.query, req.headers['accept-language']),
        );
        return sendWorkbook(reply, 'projects.xlsx', body);
      },
    );
    app.post(
      '/api/projects',
      {
        config: { auth: 'project.write' },
        schema: {
          tags,
          summary: 'Create a project with its milestones',
          body: ZProjectCreate,
          response: { 201: ZProjectDetail },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => createProject(ctx, req.body))),
    );
    app.post(
      '/api/projects/promote',
      {
        config: { auth: 'project.write' },
        schema: {
          tags,
          summary: 'Turn a problem or suggestion into a project linked to it (转为项目)',
          body: ZPromoteTicket,
          response: { 201: ZProjectDetail },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await inScope(services, req, (ctx) => promoteTicket(ctx, req.body))),
    );
    app.get(
      '/api/projects/:id',
      {
        config: { auth: 'project.read' },
        schema: {
          tags,
          summary: 'A project with milestones, sub-projects and linked tickets, as of a day',
          params: ZId,
          querystring: ZAsOfQuery,
          response: { 200: ZProjectDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => getProject(ctx, req.params.id, req.query.asOf)),
    );
    app.patch(
      '/api/projects/:id',
      {
        config: { auth: 'project.write' },
        schema: {
          tags,
          summary: 'Change a project',
          params: ZId,
          body: ZProjectPatch,
          response: { 200: ZProjectDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => patchProject(ctx, req.params.id, req.body)),
    );
    app.post(
      '/api/projects/:id/publish',
      {
        config: { auth: 'project.write' },
        schema: {
          tags,
          summary: 'Publish the project on the public pages (展播), or withdraw it',
          params: ZId,
          body: ZProjectPublish,
          response: { 200: ZProjectDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => setPublished(ctx, req.params.id, req.body.isPublished)),
    );
    app.post(
      '/api/projects/:id/accept',
      {
        config: { auth: 'project.write' },
        schema: {
          tags,
          summary:
            'Accept the project as done (验收办结): its linked open tickets are resolved and their residents told',
          params: ZId,
          body: ZProjectAccept,
          response: { 200: ZProjectDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => acceptDone(ctx, req.params.id, req.body.result)),
    );
    app.post(
      '/api/projects/:id/milestones',
      {
        config: { auth: 'project.write' },
        schema: {
          tags,
          summary: 'Add a milestone',
          params: ZId,
          body: ZMilestoneInput,
          response: { 201: ZProjectDetail },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => addMilestone(ctx, req.params.id, req.body))),
    );
    app.put(
      '/api/projects/:id/milestones/:milestoneId',
      {
        config: { auth: 'project.write' },
        schema: {
          tags,
          summary: 'Change a milestone',
          params: ZMilestoneId,
          body: ZMilestoneInput,
          response: { 200: ZProjectDetail },
        },
      },
      (req) =>
        inScope(services, req, (ctx) =>
          updateMilestone(ctx, req.params.id, req.params.milestoneId, req.body),
        ),
    );
    app.delete(
      '/api/projects/:id/milestones/:milestoneId',
      {
        config: { auth: 'project.write' },
        schema: {
          tags,
          summary: 'Remove a milestone',
          params: ZMilestoneId,
          response: { 200: ZProjectDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => deleteMilestone(ctx, req.params.id, req.params.milestoneId)),
    );
    app.get(
      '/api/projects/:id/reports',
      {
        config: { auth: 'project.read' },
        schema: {
          tags,
          summary:
            'Progress reports, oldest first, each with the planned progress of its day (the two curves)',
          params: ZId,
          response: { 200: z.array(ZProjectReport) },
        },
      },
      (req) => inScope(services, req, (ctx) => findReports(ctx, req.params.id)),
    );
    app.post(
      '/api/projects/:id/reports',
      {
        config: { auth: 'project.report' },
        schema: {
          tags,
          summary: "File a progress report (进度填报): the lead unit's staff or the office",
          params: ZId,
          body: ZProjectReportInput,
          response: { 201: z.object({ id: z.uuid(), project: ZProjectDetail }) },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await inScope(services, req, (ctx) => fileReport(ctx, req.params.id, req.body))),
    );
    app.post(
      '/api/projects/:id/tickets',
      {
        config: { auth: 'project.write' },
        schema: {
          tags,
          summary: 'Link a ticket to the project',
          params: ZId,
          body: ZProjectTicketLink,
          response: { 200: ZProjectDetail },
        },
      },
      (req) => inScope(services, req, (ctx) => linkTicket(ctx, req.params.id, req.body.ticketId)),
    );
    app.delete(
      '/api/projects/:id/tickets/:ticketId',
      {
        config: { auth: 'project.write' },
        schema: { tags, summary: 'Unlink a ticket', params: ZTicketId, response: { 200: ZProjectDetail } },
      },
      (req) => inScope(services, req, (ctx) => unlinkTicket(ctx, req.params.id, req.params.ticketId)),
    );
    app.put(
      '/api/projects/:id/follow',
      {
        config: { auth: 'signed_in' },
        schema: { tags, summary: 'Follow a project: be told of every report and status change', params: ZId },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => followProject(ctx, req.params.id, true));
        return reply.status(204).send();
      },
    );
    app.delete(
      '/api/projects/:id/follow',
      {
        config: { auth: 'signed_in' },
        schema: { tags, summary: 'Stop following a project', params: ZId },
      },
      async (req, reply) => {
        await inScope(services, req, (ctx) => followProject(ctx, req.params.id, false));
        return reply.status(204).send();
      },
    );
    registerPhotoRoutes(app, services, {
      path: '/api/projects/:id/photos',
      tags,
      noun: 'a project',
      max: MAX_PROJECT_PHOTOS,
      auth: { read: 'project.read', write: 'project.report' },
      photo: ZProjectPhoto,
      find: findProjectPhotos,
      add: addProjectPhotos,
      read: readProjectPhoto,
    });
  };
}
