import { z } from 'zod';
import { ZPlaceLevel } from './places';

/**
 * Who accepts and who dispatches a service order (百姓点单 → … → 志愿者领单), set per place and inherited by its
 * subtree: the nearest place with a setting wins, and without any the default below holds (today's path). The
 * server, the console and the tests read these definitions; the ticket state machine (ticket-workflow.ts) still
 * decides every move — an order carries what its flow said when it was placed (tickets' `acceptUnitId` and
 * `autoDispatchUnitId`), and the workflow reads those facts:
 *
 * - acceptedBy `office`: the community or village office accepts (受理), as every other ticket.
 * - acceptedBy `team`: the offering's team accepts it directly (组织接单, 湖塘镇's station → team): whoever works
 *   for the team has the workflow's `acceptor` relation, the office does not.
 * - dispatch `offering_team`: acceptance dispatches it to the offering's team at once (accept leads to
 *   `dispatched`, the team receives it).
 * - dispatch `office_choice`: acceptance leaves it `accepted` and the office picks a unit — 席井村's 村党委接单 →
 *   小区党支部派单.
 *
 * A team that accepts an order serves it: `team` goes only with `offering_team`.
 */
export const SERVICE_FLOW_ACCEPTERS = ['office', 'team'] as const;
export type ServiceFlowAccepter = (typeof SERVICE_FLOW_ACCEPTERS)[number];

export const SERVICE_FLOW_DISPATCHES = ['offering_team', 'office_choice'] as const;
export type ServiceFlowDispatch = (typeof SERVICE_FLOW_DISPATCHES)[number];

export type ServiceFlow = { acceptedBy: ServiceFlowAccepter; dispatch: ServiceFlowDispatch };

/** Where no place above an order's place sets a flow: the office accepts and picks the unit. */
export const DEFAULT_SERVICE_FLOW: ServiceFlow = { acceptedBy: 'office', dispatch: 'office_choice' };

/** The combinations that make sense, in the order a form offers them. */
export const SERVICE_FLOWS: readonly ServiceFlow[] = [
  { acceptedBy: 'office', dispatch: 'office_choice' },
  { acceptedBy: 'office', dispatch: 'offering_team' },
  { acceptedBy: 'team', dispatch: 'offering_team' },
];

export function isServiceFlow(flow: ServiceFlow): boolean {
  return SERVICE_FLOWS.some((f) => f.acceptedBy === flow.acceptedBy && f.dispatch === flow.dispatch);
}

/** What an order placed under this flow stores: the team that accepts it, and the unit acceptance dispatches to. */
export function orderFacts(
  flow: ServiceFlow,
  offeringUnitId: string,
): { acceptUnitId: string | null; autoDispatchUnitId: string | null } {
  return {
    acceptUnitId: flow.acceptedBy === 'team' ? offeringUnitId : null,
    autoDispatchUnitId: flow.dispatch === 'offering_team' ? offeringUnitId : null,
  };
}

const ZServiceFlow = z
  .object({
    acceptedBy: z
      .enum(SERVICE_FLOW_ACCEPTERS)
      .describe('office: the office accepts; team: the offering team'),
    dispatch: z
      .enum(SERVICE_FLOW_DISPATCHES)
      .describe(
        "offering_team: accepting dispatches to the offering's team; office_choice: the office picks",
      ),
  })
  .refine(isServiceFlow, {
    path: ['dispatch'],
    // A team that accepts an order serves it (services/messages.ts words it).
    message: 'service_flow_team_dispatch',
  });

/** `PUT /api/places/{id}/service-flow`: the place's own flow; `flow: null` clears it (the place inherits again). */
export const ZServiceFlowInput = z.object({ flow: ZServiceFlow.nullable() });
export type ServiceFlowInput = z.infer<typeof ZServiceFlowInput>;

/** `GET /api/places/{id}/service-flow`: the flow in force there, and the place that set it (null: the default). */
export const ZServiceFlowAnswer = z.object({
  placeId: z.uuid(),
  acceptedBy: z.enum(SERVICE_FLOW_ACCEPTERS),
  dispatch: z.enum(SERVICE_FLOW_DISPATCHES),
  from: z
    .object({ placeId: z.uuid(), placeName: z.string(), level: ZPlaceLevel })
    .nullable()
    .describe('The place whose setting holds; null when none does and the default applies'),
  isOwn: z.boolean().describe('The place sets it itself (clearing it makes the place inherit)'),
  mayEdit: z.boolean(),
});
export type ServiceFlowAnswer = z.infer<typeof ZServiceFlowAnswer>;
