// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/open311/v2/requests/{service_request_id}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    service_request_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{service_request_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    service_request_id: string;
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
                            service_request_id: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @description From the latest public event of the timeline */
                            status_notes: string | null;
                            service_name: string | null;
                            service_code: string | null;
                            /** @description Phone and ID numbers in the text are masked. Null, like address, lat, long and media_url, when the resident did not agree to publication and the caller is not the key that filed it */
                            description: string | null;
                            /** @description The unit it was dispatched to, else the owner office */
                            agency_responsible: string | null;
                            service_notice: string | null;
                            requested_datetime: string;
                            updated_datetime: string;
                            /** @description The handling deadline */
                            expected_datetime: string | null;
                            address: string | null;
                            /** @description The code of the place it is filed at */
                            address_id: string | null;
                            zipcode: string | null;
                            lat: number | null;
                            long: number | null;
                            media_url: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
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
