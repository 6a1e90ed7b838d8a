// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/places/{id}/service-flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who accepts and dispatches service orders at a place: the setting in force and where it is set */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            placeId: string;
                            /** @enum {string} */
                            acceptedBy: "office" | "team";
                            /** @enum {string} */
                            dispatch: "offering_team" | "office_choice";
                            /** @description The place whose setting holds; null when none does and the default applies */
                            from: {
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                /** @enum {string} */
                                level: "district" | "street" | "community" | "compound" | "grid" | "building";
                            } | null;
                            /** @description The place sets it itself (clearing it makes the place inherit) */
                            isOwn: boolean;
                            mayEdit: boolean;
                        };
                    };
                };
            };
        };
        /** Set a place's own service flow (its subtree inherits it), or clear it with flow: null */
        put: {
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
                        flow: {
                            /**
                             * @description office: the office accepts; team: the offering team
                             * @enum {string}
                             */
                            acceptedBy: "office" | "team";
                            /**
                             * @description offering_team: accepting dispatches to the offering's team; office_choice: the office picks
                             * @enum {string}
                             */
                            dispatch: "offering_team" | "office_choice";
                        } | null;
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
                            placeId: string;
                            /** @enum {string} */
                            acceptedBy: "office" | "team";
                            /** @enum {string} */
                            dispatch: "offering_team" | "office_choice";
                            /** @description The place whose setting holds; null when none does and the default applies */
                            from: {
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                /** @enum {string} */
                                level: "district" | "street" | "community" | "compound" | "grid" | "building";
                            } | null;
                            /** @description The place sets it itself (clearing it makes the place inherit) */
                            isOwn: boolean;
                            mayEdit: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
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
