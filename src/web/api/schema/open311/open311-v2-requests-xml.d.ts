// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/open311/v2/requests.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service requests: published ones, and those the api_key filed (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code; required for the list */
                    jurisdiction_id?: string;
                    /** @description Optional: also lists the requests this key filed */
                    api_key?: string;
                    /** @description Comma-separated; when given, other filters are ignored */
                    service_request_id?: string;
                    /** @description Comma-separated */
                    service_code?: string;
                    /** @description W3C datetime with time zone */
                    start_date?: string;
                    /** @description W3C datetime with time zone */
                    end_date?: string;
                    /** @description open, closed or open,closed */
                    status?: string;
                };
                header?: never;
                path?: never;
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
        /**
         * Submit a service request: files a ticket, channel external (xml)
         * @description A form, or multipart/form-data whose files (JPEG, PNG or WebP) are attached as photos. api_key and jurisdiction_id may come in the body or the query string.
         */
        post: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description attribute[code]=value for the attributes of GET services/{service_code} */
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @description Required; issued by the system administrator */
                        api_key?: string;
                        /** @description Required: a place code (the district, street or community) */
                        jurisdiction_id?: string;
                        /** @description Required: from GET services */
                        service_code?: string;
                        /** @description WGS84 latitude; with long */
                        lat?: string;
                        /** @description WGS84 longitude; with lat */
                        long?: string;
                        /** @description Free-text address */
                        address_string?: string;
                        /** @description A place code below the jurisdiction (compound, grid, building) */
                        address_id?: string;
                        /** @description Accepted, not stored */
                        email?: string;
                        /** @description Accepted, not stored */
                        device_id?: string;
                        /** @description Accepted, not stored */
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        /** @description Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped */
                        phone?: string;
                        description?: string;
                        /** @description Stored as a link, the file not fetched; may be repeated */
                        media_url?: string | string[];
                    } & {
                        [key: string]: string | string[];
                    };
                    "multipart/form-data": {
                        /** @description Required; issued by the system administrator */
                        api_key?: string;
                        /** @description Required: a place code (the district, street or community) */
                        jurisdiction_id?: string;
                        /** @description Required: from GET services */
                        service_code?: string;
                        /** @description WGS84 latitude; with long */
                        lat?: string;
                        /** @description WGS84 longitude; with lat */
                        long?: string;
                        /** @description Free-text address */
                        address_string?: string;
                        /** @description A place code below the jurisdiction (compound, grid, building) */
                        address_id?: string;
                        /** @description Accepted, not stored */
                        email?: string;
                        /** @description Accepted, not stored */
                        device_id?: string;
                        /** @description Accepted, not stored */
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        /** @description Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped */
                        phone?: string;
                        description?: string;
                        /** @description Stored as a link, the file not fetched; may be repeated */
                        media_url?: string | string[];
                    } & {
                        [key: string]: string | string[];
                    };
                };
            };
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
