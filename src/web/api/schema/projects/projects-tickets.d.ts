// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/projects/{id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a ticket to the project */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        ticketId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            level: "district" | "street" | "community" | "compound";
                            /** @enum {string} */
                            category: "education" | "health" | "employment" | "social_security" | "housing" | "elderly_care" | "transport" | "environment" | "culture" | "other";
                            groups: ("elderly" | "youth" | "children" | "low_income" | "disabled" | "everyone")[];
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            /** Format: uuid */
                            leadUnitId: string;
                            leadUnitName: string;
                            coUnitIds: string[];
                            ownerName: string | null;
                            /** @description Masked */
                            ownerPhone: string | null;
                            budget: number | null;
                            spent: number | null;
                            startDate: string;
                            endDate: string;
                            target: string | null;
                            benefit: string | null;
                            internalNote: string | null;
                            parentId: string | null;
                            weight: number;
                            childCount: number;
                            isPublished: boolean;
                            doneAt: string | null;
                            /** @description The day progress and status are computed for */
                            asOf: string;
                            plannedProgress: number;
                            /** @description The latest reported percentage on or before asOf */
                            actualProgress: number;
                            /** @description Share of milestone weight done, percent */
                            milestoneShare: number;
                            /** @enum {string} */
                            status: "on_track" | "behind" | "seriously_behind" | "overdue" | "done";
                            lastReportedOn: string | null;
                            isFollowing: boolean;
                            allowedActions: ("edit" | "report" | "publish" | "accept_done" | "link_ticket")[];
                            milestones: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                plannedDate: string;
                                weight: number;
                                /** @description The day a report marked it done */
                                doneOn: string | null;
                                /** @description What shows it done, as reported */
                                evidence: string | null;
                            }[];
                            children: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                weight: number;
                                plannedProgress: number;
                                /** @description The latest reported percentage on or before asOf */
                                actualProgress: number;
                                /** @enum {string} */
                                status: "on_track" | "behind" | "seriously_behind" | "overdue" | "done";
                            }[];
                            tickets: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                                state: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
